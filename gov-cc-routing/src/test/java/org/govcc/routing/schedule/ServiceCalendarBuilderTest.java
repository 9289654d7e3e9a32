package org.govcc.routing.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.govcc.api.schedule.ScheduleId;
import org.junit.jupiter.api.Test;

class ServiceCalendarBuilderTest {

    private static final ScheduleId LINE = new ScheduleId("citizen-line");
    private static final Occasion STRIKE = Occasion.of("Strike", "Απεργία");

    @Test
    void refusesAnEmptyCalendar() {
        assertThatThrownBy(() -> ServiceCalendar.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schedules of calendar 'service-calendar' must not be empty");
    }

    @Test
    void refusesOverlappingIntervalsNamingTheScheduleTheDayAndBothIntervals() {
        ServiceCalendar.Builder builder = ServiceCalendar.builder();

        assertThatThrownBy(() -> builder.schedule(LINE, s -> s.hours(MONDAY, "08:00-12:00").hours(MONDAY, "11:00-14:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours on MONDAY of schedule 'citizen-line': 11:00-14:00 overlaps 08:00-12:00");
    }

    @Test
    void refusesAnOverlapCreatedByADayRange() {
        assertThatThrownBy(() -> ServiceCalendar.builder().schedule(LINE, s -> s
                        .hours(SATURDAY, "18:00-22:00")
                        .hours(MONDAY, SATURDAY, "08:00-20:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours on SATURDAY of schedule 'citizen-line': 08:00-20:00 overlaps 18:00-22:00");
    }

    @Test
    void refusesAnEndBeforeTheStartNamingTheScheduleAndTheDay() {
        assertThatThrownBy(() -> ServiceCalendar.builder()
                        .schedule(LINE, s -> s.hours(MONDAY, LocalTime.of(20, 0), LocalTime.of(8, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("hours on MONDAY of schedule 'citizen-line': interval end must be after its start")
                .hasMessageContaining("20:00-08:00");
        assertThatThrownBy(() -> ServiceCalendar.builder()
                        .schedule(LINE, s -> s.hours(MONDAY, SATURDAY, "20:00-08:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("hours on MONDAY-SATURDAY of schedule 'citizen-line'");
    }

    @Test
    void refusesADayRangeThatRunsBackwards() {
        assertThatThrownBy(() -> ServiceCalendar.builder()
                        .schedule(LINE, s -> s.hours(SATURDAY, MONDAY, "08:00-20:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last day MONDAY must not come before first day SATURDAY");
    }

    @Test
    void refusesAScheduleDefinedTwice() {
        ServiceCalendar.Builder builder = ServiceCalendar.builder().alwaysOpen(LINE);

        assertThatThrownBy(() -> builder.schedule(LINE, s -> s.hours(MONDAY, "08:00-20:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schedule 'citizen-line' is defined twice");
    }

    @Test
    void refusesAScheduleWithoutAnyHours() {
        assertThatThrownBy(() -> ServiceCalendar.builder().schedule(LINE, s -> s.closure(LocalDate.of(2026, 5, 1), STRIKE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schedule 'citizen-line' has no opening hours");
    }

    @Test
    void refusesAClosureAndSpecialHoursOnTheSameDate() {
        LocalDate date = LocalDate.of(2026, 5, 6);

        assertThatThrownBy(() -> ServiceCalendar.builder().schedule(LINE, s -> s
                        .hours(MONDAY, SATURDAY, "08:00-20:00")
                        .closure(date, STRIKE)
                        .specialHours(date, Occasion.of("Extra", "Έκτακτα"), DailyInterval.parse("08:00-12:00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("special hours on 2026-05-06 of schedule 'citizen-line' conflicts with the closure");
        assertThatThrownBy(() -> ServiceCalendar.builder().schedule(LINE, s -> s
                        .hours(MONDAY, SATURDAY, "08:00-20:00")
                        .closure(date, STRIKE)
                        .closure(date, STRIKE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("closure on 2026-05-06 of schedule 'citizen-line' conflicts");
    }

    @Test
    void refusesSpecialHoursWithoutIntervalsOrWithOverlaps() {
        LocalDate date = LocalDate.of(2026, 12, 24);
        Occasion eve = Occasion.of("Christmas Eve", "Παραμονή Χριστουγέννων");

        assertThatThrownBy(() -> ServiceCalendar.builder().schedule(LINE, s -> s.specialHours(date, eve)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("special hours on 2026-12-24 of schedule 'citizen-line' must have at least one");
        assertThatThrownBy(() -> ServiceCalendar.builder().schedule(LINE, s -> s.specialHours(date, eve,
                        DailyInterval.parse("08:00-14:00"), DailyInterval.parse("13:00-15:00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("special hours on 2026-12-24 of schedule 'citizen-line': 13:00-15:00 overlaps 08:00-14:00");
    }

    @Test
    void refusesASearchHorizonOutOfRangeNamingTheField() {
        assertThatThrownBy(() -> ServiceCalendar.builder().searchHorizonDays(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("searchHorizonDays must be between 1 and 3660, but was 0");
    }

    @Test
    void refusesAnInvalidCalendarIdNamingTheField() {
        assertThatThrownBy(() -> ServiceCalendar.builder().id("greek calendar"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("calendar id must be");
    }

    @Test
    void refusesBlankOccasionNames() {
        assertThatThrownBy(() -> Occasion.of("Strike", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("occasion greek name must not be blank");
    }

    @Test
    void acceptsAnEveningUntilMidnightNextToADayInterval() {
        ServiceCalendar calendar = ServiceCalendar.builder()
                .id("evening-calendar")
                .schedule(LINE, s -> s.hours(MONDAY, "08:00-20:00").hours(MONDAY, "20:00-24:00"))
                .build();

        assertThat(calendar.id()).isEqualTo("evening-calendar");
        assertThat(calendar.dayPlan(LINE, LocalDate.of(2026, 11, 30)).hours())
                .containsExactly(DailyInterval.parse("08:00-20:00"), DailyInterval.parse("20:00-24:00"));
    }

    @Test
    void isNotChangedByItsBuilderAfterBuild() {
        ServiceCalendar.Builder builder = ServiceCalendar.builder().alwaysOpen(LINE);
        ServiceCalendar calendar = builder.build();

        builder.alwaysOpen(new ScheduleId("later"));

        assertThat(calendar.schedules()).containsExactly(LINE);
        assertThatThrownBy(() -> calendar.schedules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
