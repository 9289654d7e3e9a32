package org.govcc.reference.supervision;

import java.time.Instant;
import org.govcc.api.internal.Require;

/**
 * A condition that holds now and deserves an alert. Carries nothing of a caller: a queue, an agent id or a component.
 *
 * @param kind what it is about
 * @param subject the queue id, agent id or component ({@code line}, {@code database})
 * @param since when the condition began (as best the line knows)
 * @param limitSeconds the configured limit that was passed, 0 when there is none
 */
public record AlertCondition(AlertKind kind, String subject, Instant since, long limitSeconds) {

    /** Validates the values. */
    public AlertCondition {
        Require.nonNull(kind, "kind");
        Require.nonBlank(subject, "subject");
        Require.nonNull(since, "since");
    }

    /** The alert's id: one per kind and subject, so the same condition is the same alert until it ends. */
    public String id() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":" + subject;
    }
}
