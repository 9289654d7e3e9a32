package org.govcc.reference.retention;

import java.time.Instant;
import org.govcc.api.internal.Require;

/**
 * What one retention purge removed, kind by kind.
 *
 * @param at the instant the retentions were measured against
 * @param callRecords call records past their line's retention
 * @param complaints closed complaints past theirs
 * @param complaintNotes the notes of those complaints
 * @param complaintReferrals their referrals
 * @param auditEntries audit entries past theirs, from the chain's start
 * @param auditSequence the number of the audit entry that records this purge
 */
public record PurgeReport(Instant at, int callRecords, int complaints, long complaintNotes, long complaintReferrals,
                          int auditEntries, long auditSequence) {

    /** Validates the values. */
    public PurgeReport {
        Require.nonNull(at, "at");
        Require.nonNegative(callRecords, "callRecords");
        Require.nonNegative(complaints, "complaints");
        Require.nonNegative(complaintNotes, "complaintNotes");
        Require.nonNegative(complaintReferrals, "complaintReferrals");
        Require.nonNegative(auditEntries, "auditEntries");
    }

    /** Says what was removed, for the audit entry and the log: kinds and counts, never content. */
    public String describe() {
        return "removed past their retention: " + callRecords + " call records, " + complaints + " complaints (with "
                + complaintNotes + " notes and " + complaintReferrals + " referrals), " + auditEntries
                + " audit entries";
    }
}
