package org.govcc.ivr.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.PromptId;
import org.junit.jupiter.api.Test;

class SpeakerTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private final Speaker greek = Speakers.forLanguage(Language.GREEK).orElseThrow();
    private final Speaker english = Speakers.forLanguage(Language.ENGLISH).orElseThrow();

    private static String ids(List<PromptId> ids) {
        return ids.stream().map(PromptId::value).collect(Collectors.joining(" "));
    }

    @Test
    void greekMinutesAreNeuterAndAgreeInNumber() {
        assertThat(ids(greek.duration(Duration.ofMinutes(1)))).isEqualTo("num.1 word.minute"); // ένα λεπτό
        assertThat(ids(greek.duration(Duration.ofMinutes(3)))).isEqualTo("num.3 word.minutes"); // τρία λεπτά
        assertThat(ids(greek.duration(Duration.ofMinutes(14)))).isEqualTo("num.14 word.minutes"); // δεκατέσσερα λεπτά
    }

    @Test
    void greekHoursAreFeminine() {
        assertThat(ids(greek.duration(Duration.ofHours(1)))).isEqualTo("num.1.f word.hour"); // μία ώρα
        assertThat(ids(greek.duration(Duration.ofMinutes(181))))
                .isEqualTo("num.3.f word.hours word.and num.1 word.minute"); // τρεις ώρες και ένα λεπτό
    }

    @Test
    void durationsAreRoundedUpToWholeMinutes() {
        assertThat(ids(greek.duration(Duration.ofSeconds(61)))).isEqualTo("num.2 word.minutes");
        assertThat(ids(english.duration(Duration.ofSeconds(1)))).isEqualTo("num.1 word.minute");
        assertThat(ids(english.duration(Duration.ZERO))).isEqualTo("word.less-than-a-minute");
    }

    @Test
    void greekQueuePositionsAreFeminineOrdinalsThatAgreeWithThePositionNotTheCaller() {
        assertThat(ids(greek.ordinal(3))).isEqualTo("ord.3"); // (η θέση σας είναι) τρίτη
        assertThat(ids(greek.ordinal(13))).isEqualTo("ord.10 ord.3"); // δέκατη τρίτη
        assertThat(ids(greek.ordinal(23))).isEqualTo("ord.20 ord.3"); // εικοστή τρίτη
        assertThat(ids(greek.ordinal(40))).isEqualTo("ord.40");
    }

    @Test
    void greekCardinalsComposeHundredsAndThousandsWithGender() {
        assertThat(ids(greek.number(21))).isEqualTo("num.20 num.1");
        assertThat(ids(greek.number(100))).isEqualTo("num.100"); // εκατό
        assertThat(ids(greek.number(101))).isEqualTo("num.100.plus num.1"); // εκατόν ένα
        assertThat(ids(greek.number(1300))).isEqualTo("num.1000 num.300"); // χίλια τριακόσια
        assertThat(ids(greek.number(3000))).isEqualTo("num.3.f word.thousands"); // τρεις χιλιάδες
        assertThat(ids(greek.number(2_000_000))).isEqualTo("num.2 word.millions");
    }

    @Test
    void greekDatesUseTheGenitiveMonthAndFeminineHours() {
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 4, 14, 8, 0, 0, 0, ATHENS);
        assertThat(ids(greek.dateTime(tuesday))).isEqualTo("day.2 num.14.f month.4 word.at num.8");
        ZonedDateTime mayDay = ZonedDateTime.of(2026, 5, 1, 13, 30, 0, 0, ATHENS);
        assertThat(ids(greek.dateTime(mayDay))).isEqualTo("day.5 ord.1 month.5 word.at num.13.f word.and num.30");
    }

    @Test
    void englishSaysOrdinalsAndTwelveHourTimes() {
        assertThat(ids(english.ordinal(23))).isEqualTo("num.20 ord.3");
        assertThat(ids(english.number(342))).isEqualTo("num.3 word.hundred num.40 num.2");
        assertThat(ids(english.dateTime(ZonedDateTime.of(2026, 4, 14, 8, 0, 0, 0, ATHENS))))
                .isEqualTo("day.2 word.the ord.14 word.of month.4 word.at num.8 word.am");
        assertThat(ids(english.dateTime(ZonedDateTime.of(2026, 4, 14, 13, 5, 0, 0, ATHENS))))
                .isEqualTo("day.2 word.the ord.14 word.of month.4 word.at num.1 word.oh num.5 word.pm");
    }

    @Test
    void hugeNumbersAreReadDigitByDigit() {
        assertThat(ids(english.number(1_234_567_890L))).startsWith("num.1 num.2 num.3");
    }

    @Test
    void expandsEveryAnnouncementKind() {
        assertThat(greek.expand(Announcement.prompt("welcome"))).containsExactly(new PromptId("welcome"));
        assertThat(greek.expand(new Announcement.SpokenNumber(3))).containsExactly(new PromptId("num.3"));
        assertThat(greek.expand(new Announcement.SpokenOrdinal(2))).containsExactly(new PromptId("ord.2"));
        assertThat(greek.expand(new Announcement.SpokenDuration(Duration.ofMinutes(1)))).hasSize(2);
        assertThat(greek.expand(new Announcement.SpokenDateTime(ZonedDateTime.of(2026, 4, 14, 8, 0, 0, 0, ATHENS))))
                .hasSize(5);
    }

    @Test
    void theVocabularyIsSmallAndClosed() {
        assertThat(greek.vocabulary()).hasSizeBetween(60, 120).contains(new PromptId("num.1.f"), new PromptId("month.12"));
        assertThat(english.vocabulary()).hasSizeBetween(60, 120).contains(new PromptId("word.pm"));
    }
}
