package org.govcc.reference.config;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * How long each kind of record is kept and when the daily purge runs (the optional {@code retention.json}). Call
 * records are kept for their line's retention (its confidentiality policy; the standard lines' is
 * {@code callRecords} when given), complaints for theirs unless {@code complaints} is given, audit entries for
 * {@code audit}. Immutable.
 *
 * @param purgeAt when the daily purge runs, in the calendar's time zone
 * @param callRecords how long the call records of standard lines are kept, if not the standard five years
 * @param complaints how long a closed complaint is kept, if not its line's retention
 * @param audit how long an audit entry is kept
 * @param callRecordsBasis the legal basis of the call records' retention, if named
 * @param complaintsBasis the legal basis of the complaints', if named
 * @param auditBasis the legal basis of the audit entries', if named
 */
public record RetentionConfig(LocalTime purgeAt, Optional<Duration> callRecords, Optional<Duration> complaints,
                              Duration audit,
                              Optional<String> callRecordsBasis, Optional<String> complaintsBasis,
                              Optional<String> auditBasis) {

    /** The purge's time without the file. */
    public static final LocalTime DEFAULT_PURGE_AT = LocalTime.of(3, 30);
    /** The audit entries' retention without the file: ten years. */
    public static final Duration DEFAULT_AUDIT = Duration.ofDays(3650);
    /** Without {@code retention.json}. */
    public static final RetentionConfig DEFAULTS = new RetentionConfig(DEFAULT_PURGE_AT, Optional.empty(),
            Optional.empty(), DEFAULT_AUDIT, Optional.empty(), Optional.empty(), Optional.empty());

    /** Validates the values. */
    public RetentionConfig {
        Require.nonNull(purgeAt, "purgeAt");
        Require.nonNull(callRecords, "callRecords");
        callRecords.ifPresent(d -> Require.that(d.compareTo(Duration.ofDays(1)) >= 0, "call records' retention must"
                + " be at least a day, but was " + d));
        Require.nonNull(complaints, "complaints");
        complaints.ifPresent(d -> Require.that(d.compareTo(Duration.ofDays(1)) >= 0, "complaints' retention must"
                + " be at least a day, but was " + d));
        Require.nonNull(audit, "audit");
        Require.that(audit.compareTo(Duration.ofDays(1)) >= 0, "audit retention must be at least a day, but was "
                + audit);
        Require.nonNull(callRecordsBasis, "callRecordsBasis");
        Require.nonNull(complaintsBasis, "complaintsBasis");
        Require.nonNull(auditBasis, "auditBasis");
    }

    /** Returns how long a closed complaint of a line whose retention is {@code lineRetention} is kept. */
    public Duration complaintsOf(Duration lineRetention) {
        return complaints.orElse(Require.nonNull(lineRetention, "lineRetention"));
    }
}
