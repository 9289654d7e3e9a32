package org.govcc.api.complaint;

import java.time.Duration;
import java.util.Set;
import org.govcc.api.internal.Require;

/**
 * How a line treats what callers tell it. Engines consult it before storing, recording or calling back.
 *
 * @param anonymousAllowed callers may stay anonymous
 * @param keepCallerNumber the caller's number may be stored (never for anonymous callers)
 * @param recordingAllowed calls may be recorded
 * @param callbackAllowed callbacks may be offered
 * @param readerRoles roles allowed to read what the line produces; empty means any authenticated agent
 * @param auditReads every read is written to the audit trail
 * @param retention how long records are kept before they are erased
 * @param monitoringAllowed supervisors may listen to the line's calls in progress (silent monitoring, whisper);
 *                          {@code @since 0.4}
 * @since 0.1
 */
public record ConfidentialityPolicy(boolean anonymousAllowed, boolean keepCallerNumber, boolean recordingAllowed,
                                    boolean callbackAllowed, Set<String> readerRoles, boolean auditReads,
                                    Duration retention, boolean monitoringAllowed) {

    /** Validates the values and freezes the roles. */
    public ConfidentialityPolicy {
        readerRoles = Set.copyOf(Require.nonNull(readerRoles, "readerRoles"));
        readerRoles.forEach(r -> Require.id(r, "reader role"));
        Require.nonNull(retention, "retention");
        Require.that(!retention.isNegative() && !retention.isZero(), "retention must be positive, but was " + retention);
    }

    /**
     * A policy as it was before {@code monitoringAllowed}: monitoring is allowed only where the caller's number is
     * kept, so that a line that keeps no number (a confidential one) is never listened to unless it says so.
     */
    public ConfidentialityPolicy(boolean anonymousAllowed, boolean keepCallerNumber, boolean recordingAllowed,
                                 boolean callbackAllowed, Set<String> readerRoles, boolean auditReads,
                                 Duration retention) {
        this(anonymousAllowed, keepCallerNumber, recordingAllowed, callbackAllowed, readerRoles, auditReads, retention,
                keepCallerNumber);
    }

    /**
     * An ordinary citizen line: numbers kept, callbacks offered, any agent may read, supervisors may listen in, kept
     * 5 years.
     */
    public static ConfidentialityPolicy standard() {
        return standard(Duration.ofDays(5 * 365));
    }

    /**
     * An ordinary citizen line whose records are kept {@code retention}.
     *
     * @since 0.2
     */
    public static ConfidentialityPolicy standard(Duration retention) {
        return new ConfidentialityPolicy(false, true, false, true, Set.of(), false, retention, true);
    }

    /**
     * A confidential complaint line: anonymity offered, no number kept, no recording, no callbacks, no silent
     * monitoring, readable by {@code readerRole} only, every read audited, kept {@code retention}.
     */
    public static ConfidentialityPolicy confidential(String readerRole, Duration retention) {
        return new ConfidentialityPolicy(true, false, false, false, Set.of(readerRole), true, retention, false);
    }

    /**
     * Returns a copy that allows (or forbids) supervisors to listen to the line's calls in progress.
     *
     * @since 0.4
     */
    public ConfidentialityPolicy withMonitoringAllowed(boolean allowed) {
        return new ConfidentialityPolicy(anonymousAllowed, keepCallerNumber, recordingAllowed, callbackAllowed,
                readerRoles, auditReads, retention, allowed);
    }

    /** Returns whether a reader with {@code roles} may read. */
    public boolean mayRead(Set<String> roles) {
        return readerRoles.isEmpty() || roles.stream().anyMatch(readerRoles::contains);
    }
}
