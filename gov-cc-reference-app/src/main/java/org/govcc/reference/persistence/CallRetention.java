package org.govcc.reference.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.call.LineId;
import org.govcc.api.internal.Require;

/**
 * How long each line's call records are kept (its {@code ConfidentialityPolicy}'s retention), so that a record is
 * written with the end of its retention. A record whose line is not known (a call refused at the door) is kept as
 * long as the line that keeps its records the shortest: the purge must not keep a record longer than its line would.
 *
 * @param lines each line's retention; empty means records are written without one (purged by their line, as
 *              before schema version 12)
 */
public record CallRetention(Map<LineId, Duration> lines) {

    /** Validates the values and freezes the map. */
    public CallRetention {
        lines = Map.copyOf(Require.nonNull(lines, "lines"));
        lines.forEach((line, d) -> Require.that(!d.isNegative() && !d.isZero(), "the retention of line "
                + line.value() + " must be positive, but was " + d));
    }

    /** Writes records without a retention of their own. */
    public static CallRetention none() {
        return new CallRetention(Map.of());
    }

    /** When a record of {@code line} first seen at {@code firstSeen} expires; empty when no line is configured. */
    public Optional<Instant> until(Optional<LineId> line, Instant firstSeen) {
        Optional<Duration> kept = line.map(lines::get);
        if (kept.isEmpty()) {
            kept = lines.values().stream().min(Duration::compareTo);
        }
        return kept.map(firstSeen::plus);
    }
}
