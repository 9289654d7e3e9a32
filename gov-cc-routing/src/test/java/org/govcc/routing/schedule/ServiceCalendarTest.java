package org.govcc.routing.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.govcc.api.call.Language;
import org.govcc.api.schedule.ClosureReason;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceStatus;
import org.junit.jupiter.api.Test;

class ServiceCalendarTest {

    static final ScheduleId LINE = new ScheduleId("citizen-line");
    static final ScheduleId COMPLAINTS = new ScheduleId("complaints-24-7");

    private final ServiceCalendar calendar = ServiceCalendar.builder()
            .schedule(LINE, s -> s.hours(MONDAY, SATURDAY, "08:00-20:00"))
            .alwaysOpen(COMPLAINTS)
            .build();

    /** An instant written with its Athens offset: +02:00 in winter, +03:00 in summer. */
    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static ServiceStatus.Open open(ServiceStatus status) {
        assertThat(status).isInstanceOf(ServiceStatus.Open.class);
        return (ServiceStatus.Open) status;
    }

    static ServiceStatus.Closed closed(ServiceStatus status) {
        assertThat(status).isInstanceOf(ServiceStatus.Closed.class);
        return (ServiceStatus.Closed) status;
    }

    @Test
    void isOpenOnSaturdayAtEightUntilEightInTheEvening() {
        ServiceStatus.Open status = open(calendar.statusAt(LINE, at("2026-11-28T08:00+02:00")));

        assertThat(status.closesAt()).contains(at("2026-11-28T20:00+02:00"));
    }

    @Test
    void isClosedOnSaturdayAtEightInTheEveningSharpUntilMonday() {
        ServiceStatus.Closed status = closed(calendar.statusAt(LINE, at("2026-11-28T20:00+02:00")));

        assertThat(status.reason()).isEqualTo(ClosureReason.OUTSIDE_HOURS);
        assertThat(status.occasion()).isEmpty();
        assertThat(status.nextOpening()).contains(at("2026-11-30T08:00+02:00"));
        assertThat(calendar.isOpen(LINE, at("2026-11-28T19:59:59.999999999+02:00"))).isTrue();
    }

    @Test
    void isClosedBeforeEightInTheMorningAndOpensAtEight() {
        ServiceStatus.Closed status = closed(calendar.statusAt(LINE, at("2026-11-30T07:59:59+02:00")));

        assertThat(status.reason()).isEqualTo(ClosureReason.OUTSIDE_HOURS);
        assertThat(status.nextOpening()).contains(at("2026-11-30T08:00+02:00"));
    }

    @Test
    void isClosedOnSundays() {
        ServiceStatus.Closed status = closed(calendar.statusAt(LINE, at("2026-11-29T12:00+02:00")));

        assertThat(status.reason()).isEqualTo(ClosureReason.OUTSIDE_HOURS);
        assertThat(status.nextOpening()).contains(at("2026-11-30T08:00+02:00"));
    }

    @Test
    void isClosedOnTheTwentyFifthOfMarchNamingTheHoliday() {
        ServiceStatus.Closed status = closed(calendar.statusAt(LINE, at("2026-03-25T10:00+02:00")));

        assertThat(status.reason()).isEqualTo(ClosureReason.PUBLIC_HOLIDAY);
        assertThat(status.occasion()).contains("Independence Day and Annunciation");
        assertThat(status.nextOpening()).contains(at("2026-03-26T08:00+02:00"));
    }

    @Test
    void isClosedOnWhitMonday2027NamingTheHoliday() {
        ServiceStatus.Closed status = closed(calendar.statusAt(LINE, at("2027-06-21T10:00+03:00")));

        assertThat(status.reason()).isEqualTo(ClosureReason.PUBLIC_HOLIDAY);
        assertThat(status.occasion()).contains("Whit Monday");
        assertThat(status.nextOpening()).contains(at("2027-06-22T08:00+03:00"));
    }

    @Test
    void opensOnTuesdayAfterASaturdayEveningBeforeCleanMonday() {
        ServiceStatus.Closed status = closed(calendar.statusAt(LINE, at("2026-02-21T21:00+02:00")));

        assertThat(status.reason()).isEqualTo(ClosureReason.OUTSIDE_HOURS);
        assertThat(status.nextOpening()).contains(at("2026-02-24T08:00+02:00"));
        assertThat(closed(calendar.statusAt(LINE, at("2026-02-23T09:00+02:00"))).occasion())
                .contains("Clean Monday");
    }

    @Test
    void opensOnTheTuesdayAfterEasterAcrossGoodFridayHolySaturdayEasterAndEasterMonday() {
        // Holy Saturday (11 April 2026) is a working day: the line opens then, between two holidays.
        ServiceStatus.Closed goodFriday = closed(calendar.statusAt(LINE, at("2026-04-10T09:00+03:00")));
        assertThat(goodFriday.occasion()).contains("Good Friday");
        assertThat(goodFriday.nextOpening()).contains(at("2026-04-11T08:00+03:00"));

        ServiceStatus.Closed holySaturdayEvening = closed(calendar.statusAt(LINE, at("2026-04-11T20:00+03:00")));
        assertThat(holySaturdayEvening.reason()).isEqualTo(ClosureReason.OUTSIDE_HOURS);
        assertThat(holySaturdayEvening.nextOpening()).contains(at("2026-04-14T08:00+03:00"));
    }

    @Test
    void reportsEasterSundayAsAHolidayEvenThoughTheLineIsClosedOnSundays() {
        ServiceStatus.Closed status = closed(calendar.statusAt(LINE, at("2026-04-12T03:00+03:00")));

        assertThat(status.reason()).isEqualTo(ClosureReason.PUBLIC_HOLIDAY);
        assertThat(status.occasion()).contains("Easter Sunday");
    }

    @Test
    void keepsTheComplaintLineOpenAtThreeInTheMorningOnEasterSunday() {
        ServiceStatus.Open status = open(calendar.statusAt(COMPLAINTS, at("2026-04-12T03:00+03:00")));

        assertThat(status.closesAt()).isEmpty();
        assertThat(calendar.nextOpening(COMPLAINTS, at("2026-12-25T00:00+02:00")))
                .contains(at("2026-12-25T00:00+02:00"));
    }

    @Test
    void givesTheGreekNameOfTheHolidayInTheDayPlan() {
        DayPlan plan = calendar.dayPlan(LINE, LocalDate.of(2026, 2, 23));

        assertThat(plan.closedAllDay()).isTrue();
        assertThat(plan.reasonWhenClosed()).isEqualTo(ClosureReason.PUBLIC_HOLIDAY);
        assertThat(plan.occasion()).contains(GreekPublicHolidays.CLEAN_MONDAY);
        assertThat(plan.occasion().orElseThrow().greek()).isEqualTo("Καθαρά Δευτέρα");
        assertThat(calendar.dayPlan(LINE, LocalDate.of(2026, 2, 24)).hours())
                .containsExactly(DailyInterval.parse("08:00-20:00"));
        assertThat(calendar.dayPlan(COMPLAINTS, LocalDate.of(2026, 2, 23)).hours())
                .containsExactly(DailyInterval.WHOLE_DAY);
    }

    @Test
    void namesTheOccasionInTheCallersLanguageOnlyWhileClosed() {
        Instant easterMonday = at("2026-04-13T10:00+03:00");

        assertThat(calendar.occasionName(LINE, easterMonday, Language.GREEK)).contains("Δευτέρα του Πάσχα");
        assertThat(calendar.occasionName(LINE, easterMonday, Language.ENGLISH)).contains("Easter Monday");
        assertThat(calendar.occasionName(COMPLAINTS, easterMonday, Language.GREEK)).isEmpty();
        assertThat(calendar.occasionName(LINE, at("2026-04-14T10:00+03:00"), Language.GREEK)).isEmpty();
    }

    @Test
    void namesBothHolidaysWhenTwoFallOnOneDate() {
        ServiceStatus.Closed status = closed(calendar.statusAt(LINE, at("2016-05-01T10:00+03:00")));

        assertThat(status.occasion()).contains("Easter Sunday / Labour Day");
    }

    @Test
    void closesOnAnExtraClosureAndOpensOnAnExtraOpeningForAMovedHoliday() {
        // 2024: 1 May fell on Holy Wednesday, so Labour Day was moved to Tuesday 7 May.
        ServiceCalendar moved = ServiceCalendar.builder()
                .schedule(LINE, s -> s
                        .hours(MONDAY, SATURDAY, "08:00-20:00")
                        .closure(LocalDate.of(2024, 5, 7),
                                Occasion.of("Labour Day (moved)", "Εργατική Πρωτομαγιά (μεταφορά)"))
                        .specialHours(LocalDate.of(2024, 5, 1),
                                Occasion.of("Working day: Labour Day moved to 7 May",
                                        "Εργάσιμη: η Πρωτομαγιά μεταφέρθηκε στις 7 Μαΐου"),
                                DailyInterval.parse("08:00-20:00")))
                .build();

        ServiceStatus.Open firstOfMay = open(moved.statusAt(LINE, at("2024-05-01T10:00+03:00")));
        assertThat(firstOfMay.closesAt()).contains(at("2024-05-01T20:00+03:00"));

        ServiceStatus.Closed seventhOfMay = closed(moved.statusAt(LINE, at("2024-05-07T10:00+03:00")));
        assertThat(seventhOfMay.reason()).isEqualTo(ClosureReason.EXTRA_CLOSURE);
        assertThat(seventhOfMay.occasion()).contains("Labour Day (moved)");
        assertThat(seventhOfMay.nextOpening()).contains(at("2024-05-08T08:00+03:00"));
    }

    @Test
    void opensOnAHolidayDuringItsSpecialHoursOnly() {
        ServiceCalendar special = ServiceCalendar.builder()
                .schedule(LINE, s -> s
                        .hours(MONDAY, SATURDAY, "08:00-20:00")
                        .specialHours(LocalDate.of(2026, 3, 25),
                                Occasion.of("Holiday service", "Εορταστική λειτουργία"),
                                DailyInterval.parse("10:00-14:00")))
                .build();

        ServiceStatus.Closed early = closed(special.statusAt(LINE, at("2026-03-25T08:30+02:00")));
        assertThat(early.reason()).isEqualTo(ClosureReason.PUBLIC_HOLIDAY);
        assertThat(early.occasion()).contains("Independence Day and Annunciation");
        assertThat(early.nextOpening()).contains(at("2026-03-25T10:00+02:00"));

        assertThat(open(special.statusAt(LINE, at("2026-03-25T11:00+02:00"))).closesAt())
                .contains(at("2026-03-25T14:00+02:00"));

        ServiceStatus.Closed late = closed(special.statusAt(LINE, at("2026-03-25T14:00+02:00")));
        assertThat(late.reason()).isEqualTo(ClosureReason.PUBLIC_HOLIDAY);
        assertThat(late.nextOpening()).contains(at("2026-03-26T08:00+02:00"));
    }

    @Test
    void reportsTheSpecialDayOutsideShortenedHoursOnAWorkingDay() {
        ServiceCalendar christmasEve = ServiceCalendar.builder()
                .schedule(LINE, s -> s
                        .hours(MONDAY, SATURDAY, "08:00-20:00")
                        .specialHours(LocalDate.of(2026, 12, 24), Occasion.of("Christmas Eve", "Παραμονή Χριστουγέννων"),
                                DailyInterval.parse("08:00-14:00")))
                .build();

        ServiceStatus.Closed afternoon = closed(christmasEve.statusAt(LINE, at("2026-12-24T15:00+02:00")));

        assertThat(afternoon.reason()).isEqualTo(ClosureReason.OUTSIDE_HOURS);
        assertThat(afternoon.occasion()).contains("Christmas Eve");
        // 25 and 26 December are holidays, 27 is a Sunday.
        assertThat(afternoon.nextOpening()).contains(at("2026-12-28T08:00+02:00"));
    }

    @Test
    void ignoresHolidaysForAScheduleThatDoesNotObserveThem() {
        ServiceCalendar working = ServiceCalendar.builder()
                .schedule(LINE, s -> s.hours(MONDAY, SATURDAY, "08:00-20:00").observesPublicHolidays(false))
                .build();

        assertThat(working.isOpen(LINE, at("2026-02-23T10:00+02:00"))).isTrue();
    }

    @Test
    void servesSeveralIntervalsPerDayAndJoinsTouchingOnes() {
        ServiceCalendar split = ServiceCalendar.builder()
                .schedule(LINE, s -> s
                        .hours(MONDAY, "08:00-12:00")
                        .hours(MONDAY, "13:00-15:00")
                        .hours(MONDAY, "15:00-17:00"))
                .build();

        assertThat(open(split.statusAt(LINE, at("2026-11-30T09:00+02:00"))).closesAt())
                .contains(at("2026-11-30T12:00+02:00"));
        assertThat(closed(split.statusAt(LINE, at("2026-11-30T12:30+02:00"))).nextOpening())
                .contains(at("2026-11-30T13:00+02:00"));
        assertThat(open(split.statusAt(LINE, at("2026-11-30T14:00+02:00"))).closesAt())
                .contains(at("2026-11-30T17:00+02:00"));
        assertThat(closed(split.statusAt(LINE, at("2026-11-30T17:00+02:00"))).nextOpening())
                .contains(at("2026-12-07T08:00+02:00"));
    }

    @Test
    void joinsAnEveningUntilMidnightWithTheNextMorningIntoOneOpening() {
        ServiceCalendar overnight = ServiceCalendar.builder()
                .schedule(LINE, s -> s.hours(MONDAY, "20:00-24:00").hours(TUESDAY, "00:00-06:00"))
                .build();

        assertThat(open(overnight.statusAt(LINE, at("2026-11-30T23:00+02:00"))).closesAt())
                .contains(at("2026-12-01T06:00+02:00"));
        assertThat(overnight.isOpen(LINE, at("2026-12-01T00:00+02:00"))).isTrue();
        assertThat(overnight.isOpen(LINE, at("2026-12-01T06:00+02:00"))).isFalse();
    }

    @Test
    void reportsNoClosingTimeWhenAWeeklyScheduleNeverClosesWithinTheHorizon() {
        ServiceCalendar allDay = ServiceCalendar.builder()
                .schedule(LINE, s -> s.hours(MONDAY, DayOfWeek.SUNDAY, "00:00-24:00").observesPublicHolidays(false))
                .build();

        assertThat(open(allDay.statusAt(LINE, at("2026-11-28T03:00+02:00"))).closesAt()).isEmpty();
    }

    @Test
    void reportsNoNextOpeningWhenTheScheduleNeverOpensAgain() {
        ServiceCalendar once = ServiceCalendar.builder()
                .schedule(LINE, s -> s.specialHours(LocalDate.of(2020, 6, 1), Occasion.of("Open day", "Ανοιχτή μέρα"),
                        DailyInterval.parse("10:00-12:00")))
                .build();

        ServiceStatus.Closed status = closed(once.statusAt(LINE, at("2026-11-28T10:00+02:00")));

        assertThat(status.nextOpening()).isEmpty();
        assertThat(once.nextOpening(LINE, at("2026-11-28T10:00+02:00"))).isEmpty();
    }

    @Test
    void findsTheNextOpeningOnlyWithinTheSearchHorizon() {
        ServiceCalendar later = ServiceCalendar.builder()
                .searchHorizonDays(30)
                .schedule(LINE, s -> s.specialHours(LocalDate.of(2027, 1, 15), Occasion.of("Open day", "Ανοιχτή μέρα"),
                        DailyInterval.parse("10:00-12:00")))
                .build();

        assertThat(later.nextOpening(LINE, at("2026-11-28T10:00+02:00"))).isEmpty();
        assertThat(later.nextOpening(LINE, at("2026-12-20T10:00+02:00"))).contains(at("2027-01-15T10:00+02:00"));
    }

    @Test
    void readsHoursInTheCalendarsZone() {
        ServiceCalendar lisbon = ServiceCalendar.builder()
                .zone(ZoneId.of("Europe/Lisbon"))
                .publicHolidays(PublicHolidays.none())
                .schedule(LINE, s -> s.hours(MONDAY, SATURDAY, "08:00-20:00"))
                .build();

        assertThat(lisbon.isOpen(LINE, at("2026-11-28T08:00Z"))).isTrue();
        assertThat(lisbon.isOpen(LINE, at("2026-11-28T07:59Z"))).isFalse();
        assertThat(lisbon.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void refusesAnUnknownScheduleNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> calendar.statusAt(new ScheduleId("tax-line"), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schedule 'tax-line' is unknown")
                .hasMessageContaining("citizen-line")
                .hasMessageContaining("complaints-24-7");
    }

    @Test
    void listsItsSchedulesInDefinitionOrderAndUsesTheDefaults() {
        assertThat(calendar.schedules()).containsExactly(LINE, COMPLAINTS);
        assertThat(calendar.id()).isEqualTo("service-calendar");
        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Athens"));
        assertThat(calendar.publicHolidays()).isSameAs(PublicHolidays.greece());
        assertThat(calendar.searchHorizonDays()).isEqualTo(400);
        assertThat(calendar.nextOpening(LINE, at("2026-11-28T10:00+02:00"))).isEqualTo(
                Optional.of(at("2026-11-28T10:00+02:00")));
    }
}
