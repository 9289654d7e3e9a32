package org.govcc.api.complaint;

import java.time.Instant;
import org.govcc.api.cases.CaseId;
import org.govcc.api.internal.Require;

/**
 * The acknowledgement of a received complaint: its id, how it was classified and the case that tracks it.
 *
 * @param complaint the complaint's id
 * @param category how it was classified
 * @param trackingCase the case opened for it
 * @param receivedAt when
 * @since 0.1
 */
public record ComplaintReceipt(ComplaintId complaint, ComplaintCategory category, CaseId trackingCase,
                               Instant receivedAt) {
    /** Validates the values. */
    public ComplaintReceipt {
        Require.nonNull(complaint, "complaint");
        Require.nonNull(category, "category");
        Require.nonNull(trackingCase, "trackingCase");
        Require.nonNull(receivedAt, "receivedAt");
    }
}
