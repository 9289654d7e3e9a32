package org.govcc.reference.audit;

/** What an audited person or job did. The name is stored (16 characters at most). */
public enum AuditAction {
    /** Read confidential data (a case, a complaint, the audit itself). */
    READ,
    /** Created it (opened a case, took a complaint). */
    CREATE,
    /** Changed it (a note, a status, a referral). */
    CHANGE,
    /** Took it out of the line (an export, a report, a download). */
    EXPORT,
    /** Was refused access to it; the refusal is kept even though the attempt changed nothing. */
    REFUSED,
    /** Removed it because its retention period ended. */
    PURGE,
    /** Verified the audit trail's chain. */
    VERIFY,
    /** Marked it urgent: its caller keyed the line's duress code. */
    URGENT,
    /** Acknowledged an alert about it. */
    ACKNOWLEDGE,
    /** Arranged it: a callback its caller consented to, in the window they chose as safe. */
    ARRANGE
}
