package org.govcc.reference.retention;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.govcc.api.internal.Require;

/** When the daily purge runs next: the first {@code at} in {@code zone} after now, summer time and all. */
final class NextPurge {

    private NextPurge() {
    }

    /**
     * Returns the first instant after {@code now} whose local time in {@code zone} is {@code at}; on a day when the
     * clocks skip that time (spring forward), the instant just after the gap.
     */
    static ZonedDateTime after(ZonedDateTime now, LocalTime at, ZoneId zone) {
        Require.nonNull(now, "now");
        Require.nonNull(at, "at");
        Require.nonNull(zone, "zone");
        ZonedDateTime local = now.withZoneSameInstant(zone);
        ZonedDateTime candidate = ZonedDateTime.of(local.toLocalDate(), at, zone);
        if (!candidate.isAfter(local)) {
            candidate = ZonedDateTime.of(local.toLocalDate().plusDays(1), at, zone);
        }
        return candidate;
    }
}
