package org.govcc.routing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreekPublicHolidaysTest {

    private final PublicHolidays greece = PublicHolidays.greece();

    @Test
    void listsTheThirteenStatutoryHolidaysOf2026WithEnglishAndGreekNames() {
        assertThat(greece.in(2026))
                .extracting(PublicHoliday::date, h -> h.name().english(), h -> h.name().greek())
                .containsExactly(
                        tuple(LocalDate.of(2026, 1, 1), "New Year's Day", "Πρωτοχρονιά"),
                        tuple(LocalDate.of(2026, 1, 6), "Epiphany", "Θεοφάνεια"),
                        tuple(LocalDate.of(2026, 2, 23), "Clean Monday", "Καθαρά Δευτέρα"),
                        tuple(LocalDate.of(2026, 3, 25), "Independence Day and Annunciation",
                                "Εθνική Επέτειος και Ευαγγελισμός της Θεοτόκου"),
                        tuple(LocalDate.of(2026, 4, 10), "Good Friday", "Μεγάλη Παρασκευή"),
                        tuple(LocalDate.of(2026, 4, 12), "Easter Sunday", "Κυριακή του Πάσχα"),
                        tuple(LocalDate.of(2026, 4, 13), "Easter Monday", "Δευτέρα του Πάσχα"),
                        tuple(LocalDate.of(2026, 5, 1), "Labour Day", "Εργατική Πρωτομαγιά"),
                        tuple(LocalDate.of(2026, 6, 1), "Whit Monday", "Δευτέρα του Αγίου Πνεύματος"),
                        tuple(LocalDate.of(2026, 8, 15), "Dormition of the Theotokos", "Κοίμηση της Θεοτόκου"),
                        tuple(LocalDate.of(2026, 10, 28), "Ochi Day", "Επέτειος του Όχι"),
                        tuple(LocalDate.of(2026, 12, 25), "Christmas Day", "Χριστούγεννα"),
                        tuple(LocalDate.of(2026, 12, 26), "Synaxis of the Theotokos", "Σύναξη της Θεοτόκου"));
    }

    @Test
    void placesTheMovableFeastsOf2027AroundEasterOnTheSecondOfMay() {
        assertThat(greece.on(LocalDate.of(2027, 3, 15))).extracting(PublicHoliday::name)
                .containsExactly(GreekPublicHolidays.CLEAN_MONDAY);
        assertThat(greece.on(LocalDate.of(2027, 4, 30))).extracting(PublicHoliday::name)
                .containsExactly(GreekPublicHolidays.GOOD_FRIDAY);
        assertThat(greece.on(LocalDate.of(2027, 5, 2))).extracting(PublicHoliday::name)
                .containsExactly(GreekPublicHolidays.EASTER_SUNDAY);
        assertThat(greece.on(LocalDate.of(2027, 5, 3))).extracting(PublicHoliday::name)
                .containsExactly(GreekPublicHolidays.EASTER_MONDAY);
        assertThat(greece.on(LocalDate.of(2027, 6, 21))).extracting(PublicHoliday::name)
                .containsExactly(GreekPublicHolidays.WHIT_MONDAY);
    }

    @Test
    void doesNotCountHolySaturdayOrTheThreeHierarchsAsPublicHolidays() {
        assertThat(greece.on(LocalDate.of(2026, 4, 11))).isEmpty();
        assertThat(greece.on(LocalDate.of(2026, 1, 30))).isEmpty();
        assertThat(greece.on(LocalDate.of(2026, 4, 9))).isEmpty();
    }

    @Test
    void reportsBothHolidaysWhenLabourDayFallsOnEasterSunday() {
        List<PublicHoliday> onFirstOfMay2016 = greece.on(LocalDate.of(2016, 5, 1));

        assertThat(onFirstOfMay2016).extracting(PublicHoliday::name)
                .containsExactly(GreekPublicHolidays.EASTER_SUNDAY, GreekPublicHolidays.LABOUR_DAY);
    }

    @Test
    void givesThirteenSortedHolidaysOnDistinctDatesUnlessLabourDayMeetsAnEasterFeast() {
        for (int year = 1900; year <= 2100; year++) {
            List<PublicHoliday> holidays = greece.in(year);
            LocalDate easter = OrthodoxEaster.sunday(year);
            boolean labourDayMeetsEaster = List.of(LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1),
                    LocalDate.of(year, 5, 3)).contains(easter);

            assertThat(holidays).as("holidays of %s", year).hasSize(13);
            assertThat(holidays).extracting(PublicHoliday::date).isSorted()
                    .allSatisfy(date -> assertThat(date.getYear()).isEqualTo(easter.getYear()));
            assertThat(holidays.stream().map(PublicHoliday::date).distinct().count())
                    .as("distinct dates in %s", year).isEqualTo(labourDayMeetsEaster ? 12 : 13);
        }
    }

    @Test
    void hasNoHolidaysWhenTheRulesAreNone() {
        assertThat(PublicHolidays.none().in(2026)).isEmpty();
        assertThat(PublicHolidays.none().on(LocalDate.of(2026, 12, 25))).isEmpty();
    }

    @Test
    void refusesYearsOutsideTheSupportedRangeNamingTheYear() {
        assertThatThrownBy(() -> greece.in(1500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year must be between 1583 and 9999, but was 1500");
    }
}
