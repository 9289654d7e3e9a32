package org.govcc.reference.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.govcc.api.internal.Require;

/**
 * One audited act: who did what, in which role, when, about what and why, and until when the entry is kept. The
 * instants are kept to the microsecond (finer digits dropped), as the database keeps them, so that what is chained is
 * what is stored.
 *
 * @param user who acted: a staff member's user name or a job's id (1-128 characters)
 * @param role the role they acted in, e.g. {@code complaint-officer} (several joined by {@code ,}; 1-128 characters)
 * @param at when, from the trail's clock
 * @param action what they did
 * @param subject what it was about
 * @param reason why, in words (1-1000 characters): the request's purpose, the refusal's cause; never personal data
 * @param retainUntil when the entry's retention ends and it may be purged; not before {@code at}
 */
public record AuditEntry(String user, String role, Instant at, AuditAction action, AuditSubject subject,
                         String reason, Instant retainUntil) {

    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;

    /** Validates the values and drops the instants' digits below the microsecond. */
    public AuditEntry {
        Require.nonBlank(user, "user");
        Require.that(user.length() <= 128, "an audit entry's user must be at most 128 characters");
        Require.nonBlank(role, "role");
        Require.that(role.length() <= 128, "an audit entry's role must be at most 128 characters");
        at = Require.nonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        Require.nonNull(action, "action");
        Require.nonNull(subject, "subject");
        Require.nonBlank(reason, "reason");
        Require.that(reason.length() <= MAX_REASON, "an audit entry's reason must be at most " + MAX_REASON
                + " characters, but was " + reason.length());
        retainUntil = Require.nonNull(retainUntil, "retain until").truncatedTo(ChronoUnit.MICROS);
        Require.that(!retainUntil.isBefore(at), "an audit entry must be kept at least until it is made: retain until "
                + retainUntil + " is before " + at);
    }
}
