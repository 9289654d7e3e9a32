package org.govcc.routing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrthodoxEasterTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2020, 2020-04-19", "2021, 2021-05-02", "2022, 2022-04-24", "2023, 2023-04-16",
        "2024, 2024-05-05", "2025, 2025-04-20", "2026, 2026-04-12", "2027, 2027-05-02",
        "2028, 2028-04-16", "2029, 2029-04-08", "2030, 2030-04-28", "2031, 2031-04-13",
        "2032, 2032-05-02", "2033, 2033-04-24", "2034, 2034-04-09", "2035, 2035-04-29"
    })
    void matchesThePublishedOrthodoxEasterDates(int year, LocalDate published) {
        assertThat(OrthodoxEaster.sunday(year)).isEqualTo(published);
    }

    @Test
    void isAlwaysASundayBetweenTheFourthOfAprilAndTheEighthOfMayIn1900To2099() {
        for (int year = 1900; year <= 2099; year++) {
            LocalDate easter = OrthodoxEaster.sunday(year);
            assertThat(easter.getDayOfWeek()).as("weekday of %s", easter).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("Easter %s", year)
                    .isBetween(LocalDate.of(year, 4, 4), LocalDate.of(year, 5, 8));
        }
    }

    @Test
    void isASundayForEverySupportedYear() {
        for (int year = OrthodoxEaster.MIN_YEAR; year <= OrthodoxEaster.MAX_YEAR; year++) {
            assertThat(OrthodoxEaster.sunday(year).getDayOfWeek()).as("Easter %s", year).isEqualTo(DayOfWeek.SUNDAY);
        }
    }

    @Test
    void usesTheFourteenDayJulianOffsetFrom2100() {
        // Julian Easter: 30 March 2099 and 18 April 2100 (Meeus); the calendars drift apart on 29 February 2100
        // (Julian), so 13 days are added in 2099 and 14 in 2100.
        assertThat(OrthodoxEaster.sunday(2100)).isEqualTo(LocalDate.of(2100, 5, 2));
        assertThat(OrthodoxEaster.sunday(2099)).isEqualTo(LocalDate.of(2099, 4, 12));
    }

    @Test
    void refusesYearsBeforeTheGregorianCalendarNamingTheYear() {
        assertThatThrownBy(() -> OrthodoxEaster.sunday(1582))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year")
                .hasMessageContaining("1582");
    }
}
