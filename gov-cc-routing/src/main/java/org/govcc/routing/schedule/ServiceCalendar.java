package org.govcc.routing.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;
import org.govcc.api.schedule.ClosureReason;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;

/**
 * The service calendar: weekly opening hours of named schedules in one time zone, public holidays, and
 * closures and special hours by date; the default {@link ServiceSchedule}.
 *
 * <p>Build one with {@link #builder()}:
 * <pre>{@code
 * ServiceCalendar calendar = ServiceCalendar.builder()
 *         .zone(ZoneId.of("Europe/Athens"))                 // the default
 *         .publicHolidays(PublicHolidays.greece())          // the default
 *         .schedule(new ScheduleId("citizen-line"), s -> s
 *                 .hours(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, "08:00-20:00")
 *                 .closure(LocalDate.of(2024, 5, 7), Occasion.of("Labour Day (moved)", "Εργατική Πρωτομαγιά (μεταφορά)"))
 *                 .specialHours(LocalDate.of(2024, 5, 1), Occasion.of("Labour Day moved to 7 May",
 *                         "Η Πρωτομαγιά μεταφέρθηκε στις 7 Μαΐου"), DailyInterval.parse("08:00-20:00")))
 *         .alwaysOpen(new ScheduleId("complaints-24-7"))
 *         .build();
 * }</pre>
 *
 * <p>Which hours apply on a date is described by {@link DayPlan}. Opening hours are wall-clock times in the
 * calendar's zone, so 08:00 stays 08:00 across daylight-saving changes. On the two change nights a local time
 * may not exist or exist twice, and an interval maps to instants as follows:
 * <ul>
 *   <li>a start or an end that falls in a spring-forward gap (Europe/Athens: 03:00-04:00 on the last Sunday
 *       of March) is taken as the instant the gap ends, the first instant the wall clock shows a later time;
 *       so an interval 03:00-04:00 that day is empty, and 02:00-05:00 lasts two hours;</li>
 *   <li>a start in an autumn overlap (Europe/Athens: 03:00-04:00 twice on the last Sunday of October) is
 *       taken at its first occurrence, an end at its second: the interval is open for as long as the wall
 *       clock shows a time inside it, without a gap, so 00:00-03:30 that night lasts four and a half hours.</li>
 * </ul>
 * Adjacent intervals, including an evening until 24:00 and the next morning from 00:00, form one opening:
 * {@link ServiceStatus.Open#closesAt()} is the end of the whole opening.
 *
 * <p>{@link ServiceStatus.Closed#nextOpening()} and {@link ServiceStatus.Open#closesAt()} are searched day by day
 * up to {@link #searchHorizonDays()} days after the queried date (400 by default): a schedule that does not open
 * within the horizon reports an empty next opening, and one that does not close within it an empty closing time.
 * An always-open schedule is never closed and ignores holidays.
 *
 * <p>Immutable and thread-safe; {@link #statusAt} does no I/O and allocates little.
 *
 * @since 0.1
 */
public final class ServiceCalendar implements ServiceSchedule {

    /** The id of a calendar whose builder was given none. */
    public static final String DEFAULT_ID = "service-calendar";
    /** The zone of a calendar whose builder was given none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Athens");
    /** The search horizon of a calendar whose builder was given none, in days. */
    public static final int DEFAULT_SEARCH_HORIZON_DAYS = 400;
    /** The largest search horizon, in days (about ten years). */
    public static final int MAX_SEARCH_HORIZON_DAYS = 3660;

    private static final int MAX_CACHED_YEARS = 64;

    private final String id;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final PublicHolidays holidays;
    private final int horizonDays;
    private final Map<ScheduleId, Schedule> schedules;
    /** Holidays by date, per year; a pure cache of {@link #holidays}, so the calendar stays observably immutable. */
    private final ConcurrentMap<Integer, Map<LocalDate, Occasion>> holidaysByYear = new ConcurrentHashMap<>();

    private ServiceCalendar(Builder builder) {
        this.id = builder.id;
        this.zone = builder.zone;
        this.rules = builder.zone.getRules();
        this.holidays = builder.holidays;
        this.horizonDays = builder.horizonDays;
        this.schedules = Collections.unmodifiableMap(new LinkedHashMap<>(builder.schedules));
    }

    /** Returns a new builder: id {@value #DEFAULT_ID}, zone Europe/Athens, Greek public holidays, 400 days. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns this calendar's provider id. */
    @Override
    public String id() {
        return id;
    }

    /** Returns the ids of the schedules, in the order they were defined. */
    @Override
    public Set<ScheduleId> schedules() {
        return schedules.keySet();
    }

    /** Returns the zone the opening hours are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** Returns the public-holiday rules that schedules observing holidays follow. */
    public PublicHolidays publicHolidays() {
        return holidays;
    }

    /** Returns how many days after the queried date the next opening or closing is searched for. */
    public int searchHorizonDays() {
        return horizonDays;
    }

    /**
     * Returns whether {@code schedule} is open at {@code at}; if open until when, if closed why and when it opens
     * again.
     *
     * @throws IllegalArgumentException if {@code schedule} is not one of {@link #schedules()}
     * @throws NullPointerException if an argument is null
     */
    @Override
    public ServiceStatus statusAt(ScheduleId schedule, Instant at) {
        Schedule s = lookup(schedule);
        Require.nonNull(at, "at");
        if (s.alwaysOpen) {
            return new ServiceStatus.Open(Optional.empty());
        }
        LocalDate today = LocalDate.ofInstant(at, zone);
        // A day's opening can spill over midnight on DST nights, so the neighbours are looked at too.
        for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
            for (Span span : spans(s, day)) {
                if (span.contains(at)) {
                    return new ServiceStatus.Open(closesAt(s, span.end, today));
                }
            }
        }
        DayPlan plan = plan(s, today);
        return new ServiceStatus.Closed(plan.reasonWhenClosed(), plan.occasion().map(Occasion::english),
                nextOpening(s, at, today));
    }

    /**
     * Returns the name of the holiday or closure that closes {@code schedule} at {@code at}: Greek for
     * {@link Language#GREEK}, English otherwise.
     */
    @Override
    public Optional<String> occasionName(ScheduleId schedule, Instant at, Language language) {
        Require.nonNull(language, "language");
        if (statusAt(schedule, at).isOpen()) {
            return Optional.empty();
        }
        return plan(lookup(schedule), LocalDate.ofInstant(at, zone)).occasion()
                .map(o -> Language.GREEK.equals(language) ? o.greek() : o.english());
    }

    /**
     * Returns what {@code schedule} does on {@code date}: its hours and, outside them, why it is closed.
     *
     * @throws IllegalArgumentException if {@code schedule} is not one of {@link #schedules()}, or the public
     *     holiday rules do not cover the year
     */
    public DayPlan dayPlan(ScheduleId schedule, LocalDate date) {
        Schedule s = lookup(schedule);
        return plan(s, Require.nonNull(date, "date"));
    }

    private Schedule lookup(ScheduleId schedule) {
        Require.nonNull(schedule, "schedule");
        Schedule s = schedules.get(schedule);
        if (s == null) {
            throw new IllegalArgumentException("schedule '" + schedule + "' is unknown to calendar '" + id
                    + "'; known: " + schedules.keySet());
        }
        return s;
    }

    private DayPlan plan(Schedule s, LocalDate date) {
        if (s.alwaysOpen) {
            return new DayPlan(date, List.of(DailyInterval.WHOLE_DAY), ClosureReason.OUTSIDE_HOURS, Optional.empty());
        }
        Occasion closure = s.closures.get(date);
        if (closure != null) {
            return new DayPlan(date, List.of(), ClosureReason.EXTRA_CLOSURE, Optional.of(closure));
        }
        Optional<Occasion> holiday = s.observesHolidays ? holidayOn(date) : Optional.empty();
        Special special = s.specials.get(date);
        if (special != null) {
            return holiday.isPresent()
                    ? new DayPlan(date, special.hours, ClosureReason.PUBLIC_HOLIDAY, holiday)
                    : new DayPlan(date, special.hours, ClosureReason.OUTSIDE_HOURS, Optional.of(special.name));
        }
        if (holiday.isPresent()) {
            return new DayPlan(date, List.of(), ClosureReason.PUBLIC_HOLIDAY, holiday);
        }
        return new DayPlan(date, s.weekly.getOrDefault(date.getDayOfWeek(), List.of()), ClosureReason.OUTSIDE_HOURS,
                Optional.empty());
    }

    private Optional<Occasion> holidayOn(LocalDate date) {
        Map<LocalDate, Occasion> year = holidaysByYear.get(date.getYear());
        if (year == null) {
            year = holidaysOf(date.getYear());
            // Bounded: queries far from the present (test sweeps, odd clocks) are answered but not kept.
            if (holidaysByYear.size() < MAX_CACHED_YEARS) {
                holidaysByYear.putIfAbsent(date.getYear(), year);
            }
        }
        return Optional.ofNullable(year.get(date));
    }

    private Map<LocalDate, Occasion> holidaysOf(int year) {
        Map<LocalDate, Occasion> byDate = new TreeMap<>();
        for (PublicHoliday holiday : holidays.in(year)) {
            byDate.merge(holiday.date(), holiday.name(), Occasion::and);
        }
        return Collections.unmodifiableMap(byDate);
    }

    /** The non-empty instant spans of a date's intervals, sorted by start. */
    private List<Span> spans(Schedule s, LocalDate date) {
        List<DailyInterval> hours = plan(s, date).hours();
        List<Span> spans = new ArrayList<>(hours.size());
        for (DailyInterval interval : hours) {
            Instant start = earliest(date.atTime(interval.start()));
            Instant end = interval.endsAtMidnight()
                    ? latest(date.plusDays(1).atStartOfDay())
                    : latest(date.atTime(interval.end()));
            if (end.isAfter(start)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    /** The first instant the wall clock reads {@code local} or, in a gap, the instant the gap ends. */
    private Instant earliest(LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        Instant first = null;
        for (ZoneOffset offset : offsets) {
            Instant candidate = local.toInstant(offset);
            if (first == null || candidate.isBefore(first)) {
                first = candidate;
            }
        }
        return first;
    }

    /** The last instant the wall clock reads {@code local} or, in a gap, the instant the gap ends. */
    private Instant latest(LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        Instant last = null;
        for (ZoneOffset offset : offsets) {
            Instant candidate = local.toInstant(offset);
            if (last == null || candidate.isAfter(last)) {
                last = candidate;
            }
        }
        return last;
    }

    private Optional<Instant> closesAt(Schedule s, Instant openUntil, LocalDate today) {
        Instant end = openUntil;
        LocalDate last = today.plusDays(horizonDays);
        for (LocalDate day = today.minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Span span : spans(s, day)) {
                if (!span.start.isAfter(end) && span.end.isAfter(end)) {
                    end = span.end;
                }
            }
            // Nothing of a later day starts before that day's first midnight instant.
            if (end.isBefore(earliest(day.plusDays(1).atStartOfDay()))) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> nextOpening(Schedule s, Instant at, LocalDate today) {
        Instant best = null;
        LocalDate last = today.plusDays(horizonDays);
        for (LocalDate day = today.minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (best != null && best.isBefore(earliest(day.atStartOfDay()))) {
                break;
            }
            for (Span span : spans(s, day)) {
                if (span.start.isAfter(at) && (best == null || span.start.isBefore(best))) {
                    best = span.start;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public String toString() {
        return "ServiceCalendar[id=" + id + ", zone=" + zone + ", holidays=" + holidays + ", schedules="
                + schedules.values() + "]";
    }

    /** A half-open span of instants [start, end). */
    private record Span(Instant start, Instant end) {
        boolean contains(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }
    }

    /** Special hours on one date. */
    private record Special(Occasion name, List<DailyInterval> hours) {
    }

    /** One schedule's rules, immutable once built. */
    private static final class Schedule {
        final ScheduleId id;
        final boolean alwaysOpen;
        final boolean observesHolidays;
        final Map<DayOfWeek, List<DailyInterval>> weekly;
        final Map<LocalDate, Occasion> closures;
        final Map<LocalDate, Special> specials;

        Schedule(ScheduleId id, boolean alwaysOpen, boolean observesHolidays, Map<DayOfWeek, List<DailyInterval>> weekly,
                Map<LocalDate, Occasion> closures, Map<LocalDate, Special> specials) {
            this.id = id;
            this.alwaysOpen = alwaysOpen;
            this.observesHolidays = observesHolidays;
            this.weekly = weekly;
            this.closures = closures;
            this.specials = specials;
        }

        @Override
        public String toString() {
            if (alwaysOpen) {
                return id + ": always open";
            }
            return id + ": " + weekly + (observesHolidays ? ", closed on public holidays" : "")
                    + (closures.isEmpty() ? "" : ", closures " + closures.keySet())
                    + (specials.isEmpty() ? "" : ", special hours " + specials.keySet());
        }
    }

    /**
     * Builds a {@link ServiceCalendar}; fails fast with an {@link IllegalArgumentException} naming the schedule,
     * the field and the value at the first inconsistent call. Not thread-safe; use it from one thread.
     *
     * @since 0.1
     */
    public static final class Builder {
        private String id = DEFAULT_ID;
        private ZoneId zone = DEFAULT_ZONE;
        private PublicHolidays holidays = PublicHolidays.greece();
        private int horizonDays = DEFAULT_SEARCH_HORIZON_DAYS;
        private final Map<ScheduleId, Schedule> schedules = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the provider id (default {@value ServiceCalendar#DEFAULT_ID}); it must be unique among the
         * {@link ServiceSchedule} providers of a registry.
         */
        public Builder id(String id) {
            this.id = Require.id(id, "calendar id");
            return this;
        }

        /** Sets the zone the opening hours are read in (default Europe/Athens). */
        public Builder zone(ZoneId zone) {
            this.zone = Require.nonNull(zone, "zone");
            return this;
        }

        /** Sets the public-holiday rules (default {@link PublicHolidays#greece()}). */
        public Builder publicHolidays(PublicHolidays holidays) {
            this.holidays = Require.nonNull(holidays, "publicHolidays");
            return this;
        }

        /** Sets how many days ahead openings and closings are searched for, 1-{@value ServiceCalendar#MAX_SEARCH_HORIZON_DAYS}. */
        public Builder searchHorizonDays(int days) {
            this.horizonDays = Require.inRange(days, 1, MAX_SEARCH_HORIZON_DAYS, "searchHorizonDays");
            return this;
        }

        /**
         * Defines schedule {@code id} with the rules {@code rules} gives to a {@link ScheduleBuilder}.
         *
         * @throws IllegalArgumentException if {@code id} is defined already, a rule is inconsistent, or the
         *     schedule has neither weekly hours nor special hours
         */
        public Builder schedule(ScheduleId id, Consumer<ScheduleBuilder> rules) {
            Require.nonNull(id, "schedule id");
            Require.nonNull(rules, "rules of schedule '" + id + "'");
            requireNew(id);
            ScheduleBuilder schedule = new ScheduleBuilder(id);
            rules.accept(schedule);
            schedules.put(id, schedule.build());
            return this;
        }

        /**
         * Defines schedule {@code id} as always open: never closed, public holidays ignored (e.g. a 24/7 line).
         *
         * @throws IllegalArgumentException if {@code id} is defined already
         */
        public Builder alwaysOpen(ScheduleId id) {
            Require.nonNull(id, "schedule id");
            requireNew(id);
            schedules.put(id, new Schedule(id, true, false, Map.of(), Map.of(), Map.of()));
            return this;
        }

        private void requireNew(ScheduleId id) {
            Require.that(!schedules.containsKey(id), "schedule '" + id + "' is defined twice");
        }

        /**
         * Returns the calendar.
         *
         * @throws IllegalArgumentException if no schedule was defined
         */
        public ServiceCalendar build() {
            Require.that(!schedules.isEmpty(), "schedules of calendar '" + id
                    + "' must not be empty: define at least one with schedule(...) or alwaysOpen(...)");
            return new ServiceCalendar(this);
        }
    }

    /**
     * The rules of one schedule, given inside {@link Builder#schedule}. Every method validates at once and
     * names the schedule, the field and the value in its {@link IllegalArgumentException}. Public holidays
     * are observed unless {@link #observesPublicHolidays(boolean) turned off}.
     *
     * @since 0.1
     */
    public static final class ScheduleBuilder {
        private final ScheduleId id;
        private boolean observesHolidays = true;
        private final Map<DayOfWeek, List<DailyInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, Occasion> closures = new TreeMap<>();
        private final Map<LocalDate, Special> specials = new TreeMap<>();

        private ScheduleBuilder(ScheduleId id) {
            this.id = id;
        }

        /**
         * Adds the opening interval {@code start}-{@code end} on every {@code day}; an end of 00:00 means 24:00.
         *
         * @throws IllegalArgumentException if the end is not after the start, or the interval overlaps another
         *     interval of that day
         */
        public ScheduleBuilder hours(DayOfWeek day, LocalTime start, LocalTime end) {
            Require.nonNull(day, "day of schedule '" + id + "'");
            return hours(day, interval(() -> DailyInterval.of(start, end), "hours on " + day));
        }

        /**
         * Adds {@code interval}, written {@code HH:mm-HH:mm} (end 24:00 allowed), on every {@code day}.
         *
         * @throws IllegalArgumentException if the text is malformed, the end is not after the start, or the
         *     interval overlaps another interval of that day
         */
        public ScheduleBuilder hours(DayOfWeek day, String interval) {
            Require.nonNull(day, "day of schedule '" + id + "'");
            return hours(day, interval(() -> DailyInterval.parse(interval), "hours on " + day));
        }

        /**
         * Adds {@code interval}, written {@code HH:mm-HH:mm}, on every day from {@code first} to {@code last}
         * inclusive, in Monday-to-Sunday order (e.g. {@code MONDAY, SATURDAY}).
         *
         * @throws IllegalArgumentException if {@code last} comes before {@code first}, or as
         *     {@link #hours(DayOfWeek, String)}
         */
        public ScheduleBuilder hours(DayOfWeek first, DayOfWeek last, String interval) {
            Require.nonNull(first, "first day of schedule '" + id + "'");
            Require.nonNull(last, "last day of schedule '" + id + "'");
            Require.that(first.compareTo(last) <= 0, "hours of schedule '" + id + "': last day " + last
                    + " must not come before first day " + first + " (weeks run Monday to Sunday)");
            DailyInterval parsed = interval(() -> DailyInterval.parse(interval), "hours on " + first + "-" + last);
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                hours(day, parsed);
                if (day == last) {
                    return this;
                }
            }
        }

        /**
         * Adds {@code interval} on every {@code day}.
         *
         * @throws IllegalArgumentException if the interval overlaps another interval of that day
         */
        public ScheduleBuilder hours(DayOfWeek day, DailyInterval interval) {
            Require.nonNull(day, "day of schedule '" + id + "'");
            Require.nonNull(interval, "hours on " + day + " of schedule '" + id + "'");
            List<DailyInterval> intervals = weekly.computeIfAbsent(day, d -> new ArrayList<>());
            requireNoOverlap(intervals, interval, "hours on " + day);
            intervals.add(interval);
            Collections.sort(intervals);
            return this;
        }

        /** Sets whether the calendar's public holidays close this schedule (default {@code true}). */
        public ScheduleBuilder observesPublicHolidays(boolean observes) {
            this.observesHolidays = observes;
            return this;
        }

        /**
         * Closes the schedule for the whole of {@code date}, for {@code occasion} (e.g. a holiday moved there).
         *
         * @throws IllegalArgumentException if {@code date} already has a closure or special hours
         */
        public ScheduleBuilder closure(LocalDate date, Occasion occasion) {
            Require.nonNull(date, "closure date of schedule '" + id + "'");
            Require.nonNull(occasion, "closure occasion of schedule '" + id + "' on " + date);
            requireFreeDate(date, "closure");
            closures.put(date, occasion);
            return this;
        }

        /**
         * Opens the schedule on {@code date} during {@code intervals} only, instead of its weekly hours, even if
         * the date is a public holiday (e.g. a special opening, or shorter hours on Christmas Eve).
         *
         * @throws IllegalArgumentException if no interval is given, two intervals overlap, or {@code date}
         *     already has a closure or special hours
         */
        public ScheduleBuilder specialHours(LocalDate date, Occasion occasion, DailyInterval... intervals) {
            Require.nonNull(date, "special hours date of schedule '" + id + "'");
            Require.nonNull(occasion, "special hours occasion of schedule '" + id + "' on " + date);
            Require.nonNull(intervals, "special hours of schedule '" + id + "' on " + date);
            String field = "special hours on " + date;
            Require.that(intervals.length > 0, field + " of schedule '" + id
                    + "' must have at least one interval (to close the whole day use closure(...))");
            requireFreeDate(date, "special hours");
            List<DailyInterval> sorted = new ArrayList<>(intervals.length);
            for (DailyInterval interval : intervals) {
                Require.nonNull(interval, field + " of schedule '" + id + "'");
                requireNoOverlap(sorted, interval, field);
                sorted.add(interval);
            }
            Collections.sort(sorted);
            specials.put(date, new Special(occasion, List.copyOf(sorted)));
            return this;
        }

        private void requireFreeDate(LocalDate date, String what) {
            Require.that(!closures.containsKey(date), what + " on " + date + " of schedule '" + id
                    + "' conflicts with the closure already given for that date (" + closures.get(date) + ")");
            Require.that(!specials.containsKey(date), what + " on " + date + " of schedule '" + id
                    + "' conflicts with the special hours already given for that date");
        }

        private void requireNoOverlap(List<DailyInterval> existing, DailyInterval added, String field) {
            for (DailyInterval other : existing) {
                Require.that(!other.overlaps(added), field + " of schedule '" + id + "': " + added
                        + " overlaps " + other);
            }
        }

        private DailyInterval interval(IntervalSupplier supplier, String field) {
            try {
                return supplier.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(field + " of schedule '" + id + "': " + e.getMessage(), e);
            }
        }

        private Schedule build() {
            Require.that(!weekly.isEmpty() || !specials.isEmpty(), "schedule '" + id
                    + "' has no opening hours: give weekly hours(...) or specialHours(...), or use alwaysOpen(...)");
            Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
            weekly.forEach((day, intervals) -> week.put(day, List.copyOf(intervals)));
            return new Schedule(id, false, observesHolidays, Collections.unmodifiableMap(week),
                    Collections.unmodifiableMap(new TreeMap<>(closures)),
                    Collections.unmodifiableMap(new TreeMap<>(specials)));
        }
    }

    @FunctionalInterface
    private interface IntervalSupplier {
        DailyInterval get();
    }
}
