package org.govcc.api.cases;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * One entry of a case's history: a status change, by whom, why.
 *
 * @param from the previous status; empty when the case was opened
 * @param to the new status
 * @param actor who made the change
 * @param reason why (may be empty)
 * @param at when
 * @since 0.1
 */
public record CaseTransition(Optional<CaseStatus> from, CaseStatus to, String actor, String reason, Instant at) {
    /** Validates the values. */
    public CaseTransition {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.id(actor, "actor");
        Require.nonNull(reason, "reason");
        Require.nonNull(at, "at");
    }
}
