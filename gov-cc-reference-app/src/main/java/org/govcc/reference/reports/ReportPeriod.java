package org.govcc.reference.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.internal.Require;

/**
 * The period of a report, whole days of the line's zone from {@code first} to {@code last}, and its division into
 * buckets. It gives the database the bucket of an epoch-millisecond column as integer arithmetic, the same SQL on H2
 * and PostgreSQL: intervals count real 15- or 30-minute spans from the period's start; days add the zone's offset
 * (a step at each change of offset in the period) before dividing by a day; months count the month starts passed.
 * Immutable.
 *
 * @param granularity how finely it divides
 * @param zone the line's zone (Europe/Athens)
 * @param first the first day (for months, the first day of the first month)
 * @param last the last day, included (for months, the last day of the last month)
 */
public record ReportPeriod(Granularity granularity, ZoneId zone, LocalDate first, LocalDate last) {

    private static final long DAY_MS = Duration.ofDays(1).toMillis();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    /** Validates the values. */
    public ReportPeriod {
        Require.nonNull(granularity, "granularity");
        Require.nonNull(zone, "zone");
        Require.nonNull(first, "first");
        Require.nonNull(last, "last");
        Require.that(!last.isBefore(first), "the period ends before it starts: " + first + " to " + last);
        if (granularity == Granularity.MONTH) {
            Require.that(first.getDayOfMonth() == 1 && last.plusDays(1).getDayOfMonth() == 1,
                    "a monthly period is whole months: " + first + " to " + last);
        }
    }

    /** When the period starts: midnight of its first day, in its zone. */
    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** When it ends, excluded: midnight after its last day. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * One report bucket.
     *
     * @param label the start as people read it: {@code 2026-10-25T03:00+03:00} (the offset tells the two 03:00 of
     *     the night clocks go back apart), {@code 2026-10-25} or {@code 2026-10}
     * @param start when it starts
     * @param end when it ends, excluded
     */
    public record Bucket(String label, Instant start, Instant end) {
    }

    /** Returns the buckets in order; the index of each is what {@link #bucketSql} computes for its instants. */
    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        Instant end = end();
        if (granularity.interval() != null) {
            for (Instant at = start(); at.isBefore(end); at = at.plus(granularity.interval())) {
                buckets.add(new Bucket(MINUTES.format(at.atZone(zone)), at, at.plus(granularity.interval())));
            }
        } else if (granularity == Granularity.DAY) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                buckets.add(new Bucket(day.toString(), day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()));
            }
        } else {
            for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                buckets.add(new Bucket(month.toString().substring(0, 7), month.atStartOfDay(zone).toInstant(),
                        month.plusMonths(1).atStartOfDay(zone).toInstant()));
            }
        }
        return List.copyOf(buckets);
    }

    /**
     * Returns an SQL expression of the 0-based bucket of {@code column}, epoch milliseconds within the period. Only
     * numbers this record computed go into it, never text a client gave.
     */
    public String bucketSql(String column) {
        Require.that(column.matches("[A-Za-z_][A-Za-z0-9_.]*"), "not a column name: " + column);
        long start = start().toEpochMilli();
        if (granularity.interval() != null) {
            return "((" + column + " - " + start + ") / " + granularity.interval().toMillis() + ")";
        }
        if (granularity == Granularity.DAY) {
            // The local wall time as epoch milliseconds: the offset at the start, plus each change in the period.
            StringBuilder offset = new StringBuilder().append(offsetMillis(start()));
            for (ZoneOffsetTransition t : transitions()) {
                offset.append(" + CASE WHEN ").append(column).append(" >= ").append(t.getInstant().toEpochMilli())
                        .append(" THEN ").append(t.getDuration().toMillis()).append(" ELSE 0 END");
            }
            long localStart = first.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000;
            return "((" + column + " + " + offset + " - " + localStart + ") / " + DAY_MS + ")";
        }
        List<Bucket> months = buckets();
        if (months.size() == 1) {
            return "0";
        }
        StringBuilder passed = new StringBuilder("(");
        for (int i = 1; i < months.size(); i++) {
            passed.append(i > 1 ? " + " : "").append("CASE WHEN ").append(column).append(" >= ")
                    .append(months.get(i).start().toEpochMilli()).append(" THEN 1 ELSE 0 END");
        }
        return passed.append(')').toString();
    }

    /**
     * Returns the grid that agents' time is summed on before it is added up per bucket, over the same days: the
     * period itself for intervals; for days and months hours when every offset of the zone in the period is whole
     * hours (Athens: each midnight then falls on an hour of UTC), quarter hours otherwise.
     */
    public ReportPeriod occupancyGrid() {
        if (granularity.interval() != null) {
            return this;
        }
        boolean wholeHours = offsetMillis(start()) % 3_600_000 == 0;
        for (ZoneOffsetTransition t : transitions()) {
            wholeHours &= t.getOffsetAfter().getTotalSeconds() % 3600 == 0;
        }
        return new ReportPeriod(wholeHours ? Granularity.HOUR : Granularity.QUARTER_HOUR, zone, first, last);
    }

    /** Returns the index of the bucket holding {@code at}, or -1 outside the period. */
    public int indexOf(Instant at) {
        if (at.isBefore(start()) || !at.isBefore(end())) {
            return -1;
        }
        if (granularity.interval() != null) {
            return (int) (Duration.between(start(), at).toMillis() / granularity.interval().toMillis());
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        return (int) (granularity == Granularity.DAY ? ChronoUnit.DAYS.between(first, day)
                : ChronoUnit.MONTHS.between(first.withDayOfMonth(1), day.withDayOfMonth(1)));
    }

    private long offsetMillis(Instant at) {
        return zone.getRules().getOffset(at).getTotalSeconds() * 1000L;
    }

    /** The zone's changes of offset within the period, in order. */
    private List<ZoneOffsetTransition> transitions() {
        List<ZoneOffsetTransition> found = new ArrayList<>();
        Instant end = end();
        ZoneOffsetTransition t = zone.getRules().nextTransition(start());
        while (t != null && t.getInstant().isBefore(end)) {
            found.add(t);
            t = zone.getRules().nextTransition(t.getInstant());
        }
        return found;
    }
}
