package org.govcc.routing.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govcc.routing.schedule.ServiceCalendarTest.at;
import static org.govcc.routing.schedule.ServiceCalendarTest.closed;
import static org.govcc.routing.schedule.ServiceCalendarTest.open;

import java.time.Duration;
import java.time.Instant;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceStatus;
import org.junit.jupiter.api.Test;

/** Europe/Athens changes clocks on 29 March 2026 (03:00 -> 04:00) and 25 October 2026 (04:00 -> 03:00). */
class ServiceCalendarDaylightSavingTest {

    private static final ScheduleId LINE = new ScheduleId("citizen-line");
    private static final ScheduleId NIGHT = new ScheduleId("night-shift");

    private final ServiceCalendar calendar = ServiceCalendar.builder()
            .schedule(LINE, s -> s.hours(MONDAY, SATURDAY, "08:00-20:00"))
            .schedule(NIGHT, s -> s.hours(SUNDAY, "02:00-06:00").observesPublicHolidays(false))
            .build();

    @Test
    void opensAtEightSummerTimeOnTheMondayAfterTheSpringChange() {
        ServiceStatus.Closed saturdayEvening = closed(calendar.statusAt(LINE, at("2026-03-28T21:00+02:00")));

        assertThat(saturdayEvening.nextOpening()).contains(at("2026-03-30T08:00+03:00"));
        assertThat(at("2026-03-30T08:00+03:00")).isEqualTo(Instant.parse("2026-03-30T05:00:00Z"));
        assertThat(calendar.isOpen(LINE, at("2026-03-30T07:30+03:00"))).isFalse();
    }

    @Test
    void closesAtEightInTheEveningWinterTimeOnTheSaturdayBeforeTheAutumnChange() {
        ServiceStatus.Open saturday = open(calendar.statusAt(LINE, at("2026-10-24T19:00+03:00")));
        assertThat(saturday.closesAt()).contains(at("2026-10-24T20:00+03:00"));

        ServiceStatus.Closed saturdayEvening = closed(calendar.statusAt(LINE, at("2026-10-24T21:00+03:00")));
        assertThat(saturdayEvening.nextOpening()).contains(at("2026-10-26T08:00+02:00"));
        assertThat(at("2026-10-26T08:00+02:00")).isEqualTo(Instant.parse("2026-10-26T06:00:00Z"));
    }

    @Test
    void countsOnlyTheHoursThatExistInAnIntervalAcrossTheSpringGap() {
        // 02:00-06:00 on the spring change day: 02:00 EET (00:00Z) to 06:00 EEST (03:00Z), three real hours.
        ServiceStatus.Closed saturday = closed(calendar.statusAt(NIGHT, at("2026-03-28T12:00+02:00")));
        assertThat(saturday.nextOpening()).contains(Instant.parse("2026-03-29T00:00:00Z"));

        ServiceStatus.Open beforeTheJump = open(calendar.statusAt(NIGHT, at("2026-03-29T02:59:59+02:00")));
        assertThat(beforeTheJump.closesAt()).contains(Instant.parse("2026-03-29T03:00:00Z"));
        assertThat(calendar.isOpen(NIGHT, at("2026-03-29T04:00+03:00"))).isTrue();
        assertThat(Duration.between(saturday.nextOpening().orElseThrow(), beforeTheJump.closesAt().orElseThrow()))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void staysOpenThroughTheRepeatedHourOfTheAutumnChange() {
        // 02:00-06:00 on the autumn change day: 02:00 EEST (23:00Z) to 06:00 EET (04:00Z), five real hours.
        Instant firstThreeThirty = at("2026-10-25T03:30+03:00");
        Instant secondThreeThirty = at("2026-10-25T03:30+02:00");

        ServiceStatus.Open first = open(calendar.statusAt(NIGHT, firstThreeThirty));
        assertThat(calendar.isOpen(NIGHT, secondThreeThirty)).isTrue();
        assertThat(first.closesAt()).contains(Instant.parse("2026-10-25T04:00:00Z"));
        assertThat(closed(calendar.statusAt(NIGHT, at("2026-10-25T01:59+03:00"))).nextOpening())
                .contains(Instant.parse("2026-10-24T23:00:00Z"));
    }

    @Test
    void opensAtTheEndOfTheGapWhenAnIntervalStartsInsideIt() {
        ServiceCalendar gapStart = ServiceCalendar.builder()
                .schedule(LINE, s -> s.hours(SUNDAY, "03:30-05:00").observesPublicHolidays(false))
                .build();

        ServiceStatus.Closed before = closed(gapStart.statusAt(LINE, at("2026-03-29T02:00+02:00")));

        assertThat(before.nextOpening()).contains(at("2026-03-29T04:00+03:00"));
        assertThat(open(gapStart.statusAt(LINE, at("2026-03-29T04:00+03:00"))).closesAt())
                .contains(at("2026-03-29T05:00+03:00"));
    }

    @Test
    void skipsAnIntervalThatLiesWhollyInsideTheSpringGap() {
        ServiceCalendar inGap = ServiceCalendar.builder()
                .schedule(LINE, s -> s.hours(SUNDAY, "03:00-04:00").observesPublicHolidays(false))
                .build();

        ServiceStatus.Closed status = closed(inGap.statusAt(LINE, at("2026-03-29T02:30+02:00")));

        assertThat(status.nextOpening()).contains(at("2026-04-05T03:00+03:00"));
        assertThat(inGap.isOpen(LINE, Instant.parse("2026-03-29T01:00:00Z"))).isFalse();
    }

    @Test
    void closesAtTheSecondOccurrenceOfAnEndInTheRepeatedHour() {
        ServiceCalendar overlapEnd = ServiceCalendar.builder()
                .schedule(LINE, s -> s.hours(SUNDAY, "00:00-03:30").observesPublicHolidays(false))
                .build();

        ServiceStatus.Open status = open(overlapEnd.statusAt(LINE, at("2026-10-25T03:45+03:00")));

        assertThat(status.closesAt()).contains(at("2026-10-25T03:30+02:00"));
        assertThat(Duration.between(at("2026-10-25T00:00+03:00"), status.closesAt().orElseThrow()))
                .isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    void agreesWithItselfThroughoutTheYearAndMinuteByMinuteOverTheChangeWeekends() {
        // Every answer is checked against the calendar's own view one instant either side of it.
        checkConsistency(at("2026-01-01T00:00+02:00"), at("2027-01-01T00:00+02:00"), Duration.ofMinutes(20));
        checkConsistency(at("2026-03-28T00:00+02:00"), at("2026-03-30T00:00+03:00"), Duration.ofMinutes(1));
        checkConsistency(at("2026-10-24T00:00+03:00"), at("2026-10-26T00:00+02:00"), Duration.ofMinutes(1));
    }

    private void checkConsistency(Instant from, Instant to, Duration step) {
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            for (ScheduleId schedule : calendar.schedules()) {
                ServiceStatus status = calendar.statusAt(schedule, t);
                if (status instanceof ServiceStatus.Open) {
                    Instant closesAt = ((ServiceStatus.Open) status).closesAt().orElseThrow();
                    assertThat(closesAt).as("%s at %s", schedule, t).isAfter(t);
                    assertThat(calendar.isOpen(schedule, closesAt.minusNanos(1))).as("%s before %s", schedule, closesAt)
                            .isTrue();
                    assertThat(calendar.isOpen(schedule, closesAt)).as("%s at %s", schedule, closesAt).isFalse();
                } else {
                    Instant next = ((ServiceStatus.Closed) status).nextOpening().orElseThrow();
                    assertThat(next).as("%s at %s", schedule, t).isAfter(t);
                    assertThat(calendar.isOpen(schedule, next)).as("%s at %s", schedule, next).isTrue();
                    assertThat(calendar.isOpen(schedule, next.minusNanos(1))).as("%s before %s", schedule, next)
                            .isFalse();
                }
            }
        }
    }
}
