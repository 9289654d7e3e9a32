package org.govcc.api.complaint;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * A complaint's referral to one authority: its status, since when, and the authority's reference once it gave one.
 *
 * @param agency the authority
 * @param status how far the referral has gone
 * @param at when it reached that status
 * @param reference the authority's reference (a protocol number), at most 64 characters, if any
 * @param by who set the status
 * @since 0.2
 */
public record ComplaintReferral(ReferralAgency agency, ReferralStatus status, Instant at, Optional<String> reference,
                                String by) {
    /** Validates the values. */
    public ComplaintReferral {
        Require.nonNull(agency, "agency");
        Require.nonNull(status, "status");
        Require.nonNull(at, "at");
        Require.nonNull(reference, "reference");
        reference.ifPresent(r -> {
            Require.nonBlank(r, "reference");
            Require.that(r.length() <= 64, "reference must be at most 64 characters, but has " + r.length());
        });
        Require.id(by, "by");
    }
}
