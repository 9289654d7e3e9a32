package org.govcc.reference.reports;

import java.time.Duration;
import java.util.Locale;

/** How finely a report divides its period: quarter or half hours, days or months of the line's time zone. */
public enum Granularity {
    /** Real 15-minute spans (a day of summer time's start has 92, of its end 100). */
    QUARTER_HOUR(Duration.ofMinutes(15)),
    /** Real 30-minute spans. */
    HALF_HOUR(Duration.ofMinutes(30)),
    /** Hours: only the grid that agents' time is summed on for days and months (not a report of its own). */
    HOUR(Duration.ofHours(1)),
    /** Calendar days of the line's zone (23, 24 or 25 hours). */
    DAY(null),
    /** Calendar months of the line's zone. */
    MONTH(null);

    private final Duration interval;

    Granularity(Duration interval) {
        this.interval = interval;
    }

    /** Returns the length of every bucket of an interval report; null for days and months, whose lengths vary. */
    Duration interval() {
        return interval;
    }

    /** Returns the name the API and the CSV use ({@code quarter-hour}, {@code half-hour}, {@code day}, {@code month}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
