package org.govcc.api.complaint;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.cases.CaseId;
import org.govcc.api.internal.Require;

/**
 * The acknowledgement of a received complaint: its id, how it was classified and, where the handler tracks complaints
 * as citizen cases, the case that does. The reference handler tracks the complaint itself (its status, referrals and
 * notes), so that nothing of it reaches the case store in clear.
 *
 * @param complaint the complaint's id
 * @param category how it was classified
 * @param trackingCase the case opened for it, if the handler opens one (since 0.2 optional)
 * @param receivedAt when
 * @since 0.1
 */
public record ComplaintReceipt(ComplaintId complaint, ComplaintCategory category, Optional<CaseId> trackingCase,
                               Instant receivedAt) {
    /** Validates the values. */
    public ComplaintReceipt {
        Require.nonNull(complaint, "complaint");
        Require.nonNull(category, "category");
        Require.nonNull(trackingCase, "trackingCase");
        Require.nonNull(receivedAt, "receivedAt");
    }
}
