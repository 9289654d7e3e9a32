package org.govcc.routing.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;

/**
 * The {@link ServiceSchedule} provider {@value #ID} that {@link java.util.ServiceLoader} finds: Europe/Athens,
 * the Greek national public holidays, and two generic schedules.
 *
 * <ul>
 *   <li>{@link #MONDAY_TO_SATURDAY} ({@code mon-sat-08-20}): Monday to Saturday 08:00-20:00, closed on Sundays
 *       and Greek public holidays;</li>
 *   <li>{@link #ALWAYS_OPEN} ({@code always-open}): open day and night, holidays included (e.g. a 24/7 line).</li>
 * </ul>
 *
 * <p>It exists so that a container or a test can obtain a working calendar by id without configuration. A
 * line with its own hours, closures or special openings builds its own {@link ServiceCalendar} with
 * {@link ServiceCalendar#builder()} (the main entry point) and gives it an id of its own, because a registry
 * refuses two providers with the same id. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GreekServiceCalendar implements ServiceSchedule {

    /** The provider id. */
    public static final String ID = "greek-calendar";
    /** Monday to Saturday 08:00-20:00 Europe/Athens, closed on Sundays and Greek public holidays. */
    public static final ScheduleId MONDAY_TO_SATURDAY = new ScheduleId("mon-sat-08-20");
    /** Always open, public holidays ignored. */
    public static final ScheduleId ALWAYS_OPEN = new ScheduleId("always-open");

    private final ServiceCalendar calendar;

    /** Creates the calendar; called by {@link java.util.ServiceLoader}. */
    public GreekServiceCalendar() {
        this.calendar = standard().build();
    }

    /**
     * Returns a builder preset with this provider's id, zone, holidays and two schedules, to which a caller may
     * add schedules (give it another {@link ServiceCalendar.Builder#id id} if both are registered).
     */
    public static ServiceCalendar.Builder standard() {
        return ServiceCalendar.builder()
                .id(ID)
                .zone(ServiceCalendar.DEFAULT_ZONE)
                .publicHolidays(PublicHolidays.greece())
                .schedule(MONDAY_TO_SATURDAY, s -> s.hours(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, "08:00-20:00"))
                .alwaysOpen(ALWAYS_OPEN);
    }

    /** Returns the underlying calendar (for {@link ServiceCalendar#dayPlan} and the Greek occasion names). */
    public ServiceCalendar calendar() {
        return calendar;
    }

    /** Returns {@value #ID}. */
    @Override
    public String id() {
        return ID;
    }

    /** Returns {@link #MONDAY_TO_SATURDAY} and {@link #ALWAYS_OPEN}. */
    @Override
    public Set<ScheduleId> schedules() {
        return calendar.schedules();
    }

    /**
     * Returns the status of {@code schedule} at {@code at}, as {@link ServiceCalendar#statusAt}.
     *
     * @throws IllegalArgumentException if {@code schedule} is unknown
     */
    @Override
    public ServiceStatus statusAt(ScheduleId schedule, Instant at) {
        return calendar.statusAt(schedule, at);
    }

    /** Returns the occasion's name in {@code language}, as {@link ServiceCalendar#occasionName}. */
    @Override
    public Optional<String> occasionName(ScheduleId schedule, Instant at, Language language) {
        return calendar.occasionName(schedule, at, language);
    }

    /** Returns the plan of {@code schedule} on {@code date}, as {@link ServiceCalendar#dayPlan}. */
    public DayPlan dayPlan(ScheduleId schedule, LocalDate date) {
        return calendar.dayPlan(schedule, date);
    }

    @Override
    public String toString() {
        return "GreekServiceCalendar[" + calendar + "]";
    }
}
