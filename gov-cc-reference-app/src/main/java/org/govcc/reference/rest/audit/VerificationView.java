package org.govcc.reference.rest.audit;

import org.govcc.reference.audit.AuditVerification;

/**
 * The verification as JSON: whether the chain is intact, how many entries were checked, and where it breaks.
 *
 * @param intact whether every link holds
 * @param checked the entries found intact before the first broken link (all of them when intact)
 * @param firstSequence the chain's first entry's number
 * @param lastSequence its last entry's number, as its head names it
 * @param brokenSequence the number of the entry where it breaks; {@code null} when intact
 * @param breakage what is wrong there ({@link AuditVerification.Breakage}); {@code null} when intact
 * @param detail the same in words; {@code null} when intact
 * @param summary one line saying it all
 */
public record VerificationView(boolean intact, long checked, long firstSequence, long lastSequence,
                               Long brokenSequence, String breakage, String detail, String summary) {

    /** The view of {@code v}. */
    static VerificationView of(AuditVerification v) {
        return new VerificationView(v.intact(), v.checked(), v.firstSequence(), v.lastSequence(),
                v.firstBroken().map(AuditVerification.BrokenLink::sequence).orElse(null),
                v.firstBroken().map(b -> b.breakage().name()).orElse(null),
                v.firstBroken().map(AuditVerification.BrokenLink::detail).orElse(null), v.summary());
    }
}
