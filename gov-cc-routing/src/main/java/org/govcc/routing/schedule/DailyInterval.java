package org.govcc.routing.schedule;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.govcc.api.internal.Require;

/**
 * A span of local (wall-clock) time within one day, start inclusive, end exclusive, e.g. 08:00-20:00.
 *
 * <p>An end of {@code 00:00} means midnight at the end of the day (24:00), so {@code 00:00-00:00} is the
 * whole day and {@code 20:00-00:00} the evening until midnight. Intervals never cross midnight: split an
 * overnight shift into the evening of one day and the morning of the next; the calendar joins them into one
 * opening. Seconds and nanoseconds are allowed. Immutable.
 *
 * @param start the first local time of the interval
 * @param end the local time the interval ends at (exclusive); {@code 00:00} for midnight at the end of the day
 * @since 0.1
 */
public record DailyInterval(LocalTime start, LocalTime end) implements Comparable<DailyInterval> {

    /** The whole day, 00:00-24:00. */
    public static final DailyInterval WHOLE_DAY = new DailyInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public DailyInterval {
        Require.nonNull(start, "interval start");
        Require.nonNull(end, "interval end");
        Require.that(end.equals(LocalTime.MIDNIGHT) || end.isAfter(start),
                "interval end must be after its start (use 00:00 or 24:00 for midnight at the end of the day), "
                        + "but was " + start + "-" + end);
    }

    /** Returns the interval from {@code start} to {@code end}. */
    public static DailyInterval of(LocalTime start, LocalTime end) {
        return new DailyInterval(start, end);
    }

    /**
     * Parses {@code HH:mm-HH:mm} (seconds allowed), where the end may be {@code 24:00}, e.g. {@code 08:00-20:00}.
     *
     * @throws IllegalArgumentException naming the text if it cannot be parsed or the end is not after the start
     */
    public static DailyInterval parse(String text) {
        Require.nonNull(text, "interval");
        int dash = text.indexOf('-');
        Require.that(dash > 0, "interval must look like 08:00-20:00, but was '" + text + "'");
        String from = text.substring(0, dash).trim();
        String to = text.substring(dash + 1).trim();
        try {
            LocalTime end = to.equals("24:00") || to.equals("24:00:00") ? LocalTime.MIDNIGHT : LocalTime.parse(to);
            return new DailyInterval(LocalTime.parse(from), end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("interval must look like 08:00-20:00, but was '" + text + "'", e);
        }
    }

    /** Returns whether the interval runs until midnight at the end of the day. */
    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /** Returns whether the two intervals share some time (touching, as 08:00-12:00 and 12:00-14:00, is not). */
    public boolean overlaps(DailyInterval other) {
        Require.nonNull(other, "other");
        return startsBeforeEndOf(other) && other.startsBeforeEndOf(this);
    }

    private boolean startsBeforeEndOf(DailyInterval other) {
        return other.endsAtMidnight() || start.isBefore(other.end);
    }

    /** Orders by start, then by end (an end at midnight last). */
    @Override
    public int compareTo(DailyInterval other) {
        int byStart = start.compareTo(other.start);
        if (byStart != 0) {
            return byStart;
        }
        if (endsAtMidnight() || other.endsAtMidnight()) {
            return Boolean.compare(endsAtMidnight(), other.endsAtMidnight());
        }
        return end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
    }
}
