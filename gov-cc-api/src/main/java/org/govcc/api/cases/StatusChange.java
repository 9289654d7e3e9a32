package org.govcc.api.cases;

import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * A requested move of a case to another status, with its reason; a move to {@link CaseStatus#REFERRED} names where
 * the case went, and no other move may.
 *
 * @param to the new status
 * @param reason why, at most 1,000 characters (may be empty)
 * @param referral the other body and its reference: present exactly when {@code to} is {@link CaseStatus#REFERRED}
 * @since 0.1
 */
public record StatusChange(CaseStatus to, String reason, Optional<Referral> referral) {

    /** The longest reason accepted (the history's column). */
    public static final int MAX_REASON = 1000;

    /** Validates the values. */
    public StatusChange {
        Require.nonNull(to, "to");
        Require.nonNull(reason, "reason");
        Require.that(reason.length() <= MAX_REASON, "reason must be at most " + MAX_REASON + " characters, but has "
                + reason.length());
        Require.nonNull(referral, "referral");
        Require.that(referral.isPresent() == (to == CaseStatus.REFERRED), to == CaseStatus.REFERRED
                ? "a referral must name the other body and its reference"
                : "only a move to REFERRED names a referral, not a move to " + to);
    }

    /** Returns a move to {@code to} without a referral. */
    public static StatusChange to(CaseStatus to, String reason) {
        return new StatusChange(to, reason, Optional.empty());
    }

    /** Returns a referral to {@code referral}'s body. */
    public static StatusChange referral(Referral referral, String reason) {
        return new StatusChange(CaseStatus.REFERRED, reason, Optional.of(Require.nonNull(referral, "referral")));
    }
}
