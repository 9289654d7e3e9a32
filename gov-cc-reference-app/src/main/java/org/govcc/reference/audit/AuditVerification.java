package org.govcc.reference.audit;

import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * What a walk of the audit chain found: how many entries it checked, and the first broken link, if any.
 *
 * @param checked the entries whose hash and link were found intact, from the chain's first on
 * @param firstSequence the number the chain starts at (1, or the first entry a purge left)
 * @param lastSequence the last entry's number, as the chain's head names it
 * @param firstBroken the first broken link; empty if the chain is intact
 */
public record AuditVerification(long checked, long firstSequence, long lastSequence,
                                Optional<BrokenLink> firstBroken) {

    /** What is wrong with a link. */
    public enum Breakage {
        /** The entry's fields (or its stored hash) do not match its hash: it was altered. */
        CONTENT_ALTERED,
        /** The entry's previous hash is not the hash of the entry before it: one was replaced, or inserted. */
        LINK_BROKEN,
        /** The entry with this number is not there (deleted), though the chain goes on after it or its head names it. */
        ENTRY_MISSING,
        /** The entry was chained with a version of the audit-chain key the credential store does not hold. */
        UNKNOWN_KEY,
        /** The chain's head (its last entry and hash) does not match its MAC or the chain: it was altered. */
        HEAD_ALTERED
    }

    /**
     * The first broken link.
     *
     * @param sequence the number of the entry where the chain breaks
     * @param breakage what is wrong
     * @param detail the same in words (never an entry's content)
     */
    public record BrokenLink(long sequence, Breakage breakage, String detail) {

        /** Validates the values. */
        public BrokenLink {
            Require.nonNull(breakage, "breakage");
            Require.nonBlank(detail, "detail");
        }
    }

    /** Validates the values. */
    public AuditVerification {
        Require.nonNegative(checked, "checked");
        Require.nonNull(firstBroken, "first broken");
    }

    /** Whether every link holds. */
    public boolean intact() {
        return firstBroken.isEmpty();
    }

    /** One line saying what was found, for logs, the audit's own entry and the command-line tool. */
    public String summary() {
        return firstBroken.map(b -> "audit chain BROKEN at entry " + b.sequence() + " (" + b.breakage() + "): "
                + b.detail() + "; " + (checked == 1 ? "the entry before it is" : checked + " entries before it are")
                + " intact")
                .orElse("audit chain intact: " + checked + " entries checked (" + (checked == 0 ? "none"
                        : firstSequence + " to " + lastSequence) + ")");
    }
}
