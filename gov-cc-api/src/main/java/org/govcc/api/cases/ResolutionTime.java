package org.govcc.api.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.govcc.api.internal.Require;

/**
 * How long a topic's requests may take, in calendar days (weekends and holidays count): a request opened on day D
 * is due by the end of day D + {@code calendarDays} in the line's zone, and late from the next midnight.
 *
 * @param calendarDays 1 to 3,650
 * @since 0.1
 */
public record ResolutionTime(int calendarDays) {

    /** Validates the value. */
    public ResolutionTime {
        Require.inRange(calendarDays, 1, 3650, "calendarDays");
    }

    /** Returns the instant a request opened at {@code openedAt} becomes late: the midnight after its due day. */
    public Instant dueAt(Instant openedAt, ZoneId zone) {
        Require.nonNull(openedAt, "openedAt");
        Require.nonNull(zone, "zone");
        LocalDate opened = openedAt.atZone(zone).toLocalDate();
        return opened.plusDays(calendarDays + 1L).atStartOfDay(zone).toInstant();
    }
}
