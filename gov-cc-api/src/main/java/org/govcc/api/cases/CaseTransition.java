package org.govcc.api.cases;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * One entry of a case's history: a status change, by whom, why, and for a referral where the case went.
 *
 * @param from the previous status; empty when the case was opened
 * @param to the new status
 * @param actor who made the change
 * @param reason why (may be empty)
 * @param at when
 * @param referral the other body and its reference, on a move to {@link CaseStatus#REFERRED}
 * @since 0.1
 */
public record CaseTransition(Optional<CaseStatus> from, CaseStatus to, String actor, String reason, Instant at,
                             Optional<Referral> referral) {
    /** Validates the values. */
    public CaseTransition {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.id(actor, "actor");
        Require.nonNull(reason, "reason");
        Require.nonNull(at, "at");
        Require.nonNull(referral, "referral");
    }

    /** An entry without a referral. */
    public CaseTransition(Optional<CaseStatus> from, CaseStatus to, String actor, String reason, Instant at) {
        this(from, to, actor, reason, at, Optional.empty());
    }
}
