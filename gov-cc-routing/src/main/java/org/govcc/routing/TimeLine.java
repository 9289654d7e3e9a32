package org.govcc.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The {@link CallDistributor}'s time: the injected clock, the microsecond time line that ranks, idle order and
 * statistics use (microseconds since the distributor was built), and the local day for "calls today". Guarded
 * by the distributor's lock (the day is cached).
 */
final class TimeLine {

    private final Clock clock;
    private final ZoneId zone;
    private final Instant epoch;
    private LocalDate currentDay;
    private Instant lastMidnight;
    private Instant nextMidnight;

    /** Starts the time line at the clock's present instant. */
    TimeLine(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        this.epoch = clock.instant();
    }

    Instant now() {
        return clock.instant();
    }

    /** Returns {@code t} as microseconds since the time line started. */
    long micros(Instant t) {
        return (t.getEpochSecond() - epoch.getEpochSecond()) * 1_000_000L + (t.getNano() - epoch.getNano()) / 1000;
    }

    /** Returns the local date of {@code now}, recomputing only when a day boundary has passed. */
    LocalDate today(Instant now) {
        if (currentDay == null || !now.isBefore(nextMidnight) || now.isBefore(lastMidnight)) {
            currentDay = LocalDate.ofInstant(now, zone);
            lastMidnight = currentDay.atStartOfDay(zone).toInstant();
            nextMidnight = currentDay.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return currentDay;
    }
}
