package org.govcc.reference.complaints;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.govcc.api.call.CallId;
import org.govcc.api.complaint.Complaint;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintNote;
import org.govcc.api.complaint.ComplaintReferral;
import org.govcc.api.complaint.ComplaintStatus;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;

/**
 * A complaint as {@code GET /api/complaints/{id}} answers it, to a complaint officer: everything, opened.
 *
 * @param id the complaint's id
 * @param line the line it came in on
 * @param call the call it was taken on, or null
 * @param category how it is classified
 * @param status where it stands
 * @param workplace the workplace or employer concerned, or null
 * @param narrative the complainant's account
 * @param referrals one per authority, in the order first referred
 * @param notes the officers' notes, oldest first
 * @param receivedAt when it was received
 * @param receivedBy who received it
 * @param closedAt when it was closed, or null
 * @param retainUntil from when it may be purged, or null while it is not closed
 */
@JsonbPropertyOrder({"id", "line", "call", "category", "status", "workplace", "narrative", "referrals", "notes",
    "receivedAt", "receivedBy", "closedAt", "retainUntil"})
@JsonbNillable(false)
public record ComplaintView(String id, String line, String call, ComplaintCategory category, ComplaintStatus status,
                            String workplace, String narrative, List<ReferralView> referrals, List<NoteView> notes,
                            Instant receivedAt, String receivedBy, Instant closedAt, Instant retainUntil) {

    /**
     * A referral.
     *
     * @param agency the authority
     * @param status how far it has gone
     * @param at since when
     * @param reference the authority's reference, or null
     * @param by who set the status
     */
    public record ReferralView(ReferralAgency agency, ReferralStatus status, Instant at, String reference, String by) {
        static ReferralView of(ComplaintReferral r) {
            return new ReferralView(r.agency(), r.status(), r.at(), r.reference().orElse(null), r.by());
        }
    }

    /**
     * A note.
     *
     * @param author who wrote it
     * @param text the note
     * @param at when
     */
    public record NoteView(String author, String text, Instant at) {
        static NoteView of(ComplaintNote n) {
            return new NoteView(n.author(), n.text(), n.at());
        }
    }

    /** Returns the view of {@code c}. */
    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id().value(), c.line().value(), c.call().map(CallId::value).orElse(null),
                c.category(), c.status(), c.workplace().orElse(null), c.narrative(),
                c.referrals().stream().map(ReferralView::of).toList(), c.notes().stream().map(NoteView::of).toList(),
                c.receivedAt(), c.receivedBy(), c.closedAt().orElse(null), c.retainUntil().orElse(null));
    }
}
