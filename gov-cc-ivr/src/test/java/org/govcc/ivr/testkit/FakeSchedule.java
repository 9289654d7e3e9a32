package org.govcc.ivr.testkit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.schedule.ClosureReason;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;

/**
 * A small stand-in for the Greek calendar: Monday-Saturday 08:00-20:00 Europe/Athens, holidays given by date.
 * The schedule {@code always} is never closed.
 */
public class FakeSchedule implements ServiceSchedule {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private final ScheduleId id;
    private final Map<LocalDate, String> holidays = new HashMap<>();

    public FakeSchedule(String id) {
        this.id = new ScheduleId(id);
    }

    public FakeSchedule holiday(LocalDate date, String name) {
        holidays.put(date, name);
        return this;
    }

    @Override
    public String id() {
        return "fake-schedule";
    }

    @Override
    public Set<ScheduleId> schedules() {
        return Set.of(id);
    }

    @Override
    public ServiceStatus statusAt(ScheduleId schedule, Instant at) {
        if (!schedule.equals(id)) {
            throw new IllegalArgumentException("unknown schedule " + schedule);
        }
        ZonedDateTime t = at.atZone(ATHENS);
        String holiday = holidays.get(t.toLocalDate());
        boolean workday = t.getDayOfWeek() != DayOfWeek.SUNDAY && holiday == null;
        LocalTime time = t.toLocalTime();
        if (workday && !time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(20, 0))) {
            return new ServiceStatus.Open(Optional.of(t.toLocalDate().atTime(20, 0).atZone(ATHENS).toInstant()));
        }
        return new ServiceStatus.Closed(holiday != null ? ClosureReason.PUBLIC_HOLIDAY : ClosureReason.OUTSIDE_HOURS,
                Optional.ofNullable(holiday), Optional.of(nextOpening(t)));
    }

    private Instant nextOpening(ZonedDateTime t) {
        LocalDate day = t.toLocalTime().isBefore(LocalTime.of(8, 0)) ? t.toLocalDate() : t.toLocalDate().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.containsKey(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(8, 0).atZone(ATHENS).toInstant();
    }
}
