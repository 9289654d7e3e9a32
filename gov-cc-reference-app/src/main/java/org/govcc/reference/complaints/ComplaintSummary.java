package org.govcc.reference.complaints;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintStatus;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;

/**
 * A complaint in the officer's list: what is kept in clear only (nothing sealed is opened for a list).
 *
 * @param id the complaint's id
 * @param line its line
 * @param call its call, or null
 * @param category how it is classified
 * @param status where it stands
 * @param receivedAt when it was received
 * @param receivedBy who received it
 * @param closedAt when it was closed, or null
 * @param referrals each authority referred to and the referral's status
 */
@JsonbPropertyOrder({"id", "line", "call", "category", "status", "receivedAt", "receivedBy", "closedAt", "referrals"})
@JsonbNillable(false)
public record ComplaintSummary(String id, String line, String call, ComplaintCategory category,
                               ComplaintStatus status, Instant receivedAt, String receivedBy, Instant closedAt,
                               List<Referred> referrals) {

    /**
     * An authority and how far the referral to it has gone.
     *
     * @param agency the authority
     * @param status the referral's status
     * @param at since when
     */
    public record Referred(ReferralAgency agency, ReferralStatus status, Instant at) {
    }

    /**
     * One page of the list.
     *
     * @param complaints the complaints, newest first
     * @param total how many match in all
     * @param page this page, from 0
     * @param size the page size
     */
    public record Page(List<ComplaintSummary> complaints, long total, int page, int size) {
    }
}
