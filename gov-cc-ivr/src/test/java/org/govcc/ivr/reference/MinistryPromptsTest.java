package org.govcc.ivr.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.PromptId;
import org.govcc.ivr.flow.PromptItem;
import org.govcc.ivr.prompt.PromptCatalogue;
import org.govcc.ivr.prompt.Speakers;
import org.govcc.routing.schedule.PublicHoliday;
import org.govcc.routing.schedule.PublicHolidays;
import org.junit.jupiter.api.Test;

/** The generated default prompts: complete, in the right audio format, and saying grammatical Greek. */
class MinistryPromptsTest {

    private static final PromptCatalogue CATALOGUE = MinistryLine.catalogue();
    private static final Map<Language, Map<String, String>> TEXTS = MinistryLine.texts();

    private static String say(Language language, Announcement a) {
        return CATALOGUE.audioFor(language, a).stream()
                .map(u -> u.getPath().substring(u.getPath().lastIndexOf('/') + 1).replace(".wav", ""))
                .map(id -> TEXTS.get(language).get(id)).collect(Collectors.joining(" "));
    }

    @Test
    void everyWordTheSpeakersUseHasAudioInItsLanguage() {
        for (Language language : List.of(Language.GREEK, Language.ENGLISH)) {
            for (PromptId id : Speakers.forLanguage(language).orElseThrow().vocabulary()) {
                assertThat(CATALOGUE.contains(language, id)).as("%s in %s", id, language).isTrue();
            }
        }
    }

    @Test
    void theCatalogueHasExactlyThePromptsOfTheTextFile() {
        for (Language language : List.of(Language.GREEK, Language.ENGLISH)) {
            List<String> expected = TEXTS.get(language).entrySet().stream().filter(e -> !e.getValue().equals("-"))
                    .map(Map.Entry::getKey).sorted().collect(Collectors.toList());
            assertThat(CATALOGUE.prompts(language).stream().map(PromptId::value).sorted())
                    .as("prompts in %s", language).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyFileIsEightKilohertzMonoMuLawWavAndTheSetStaysSmall() throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.walk(MinistryLine.PROMPTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".wav")).collect(Collectors.toList())) {
                byte[] header = new byte[36];
                try (InputStream in = Files.newInputStream(f)) {
                    assertThat(in.readNBytes(header, 0, 36)).isEqualTo(36);
                }
                ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(new String(header, 0, 4)).as(f.toString()).isEqualTo("RIFF");
                assertThat(new String(header, 8, 4)).isEqualTo("WAVE");
                assertThat(b.getShort(20)).as("%s format (7 = G.711 u-law)", f).isEqualTo((short) 7);
                assertThat(b.getShort(22)).as("%s channels", f).isEqualTo((short) 1);
                assertThat(b.getInt(24)).as("%s sample rate", f).isEqualTo(8000);
                total += Files.size(f);
            }
        }
        assertThat(total).as("bytes of audio").isLessThan(5_000_000L);
    }

    @Test
    void greekDurationsAgreeInGenderAndNumber() {
        assertThat(say(Language.GREEK, new Announcement.SpokenDuration(Duration.ofMinutes(1)))).isEqualTo("ένα λεπτό");
        assertThat(say(Language.GREEK, new Announcement.SpokenDuration(Duration.ofMinutes(3)))).isEqualTo("τρία λεπτά");
        assertThat(say(Language.GREEK, new Announcement.SpokenDuration(Duration.ofMinutes(64))))
                .isEqualTo("μία ώρα και τέσσερα λεπτά");
        assertThat(say(Language.GREEK, new Announcement.SpokenDuration(Duration.ofMinutes(183))))
                .isEqualTo("τρεις ώρες και τρία λεπτά");
        assertThat(say(Language.ENGLISH, new Announcement.SpokenDuration(Duration.ofMinutes(1)))).isEqualTo("one minute");
    }

    @Test
    void queuePositionsArePhrasedWithoutAssumingTheCallersGender() {
        String position = TEXTS.get(Language.GREEK).get("queue.position-is");
        assertThat(position + " " + say(Language.GREEK, new Announcement.SpokenOrdinal(3)))
                .isEqualTo("Η θέση σας στην αναμονή είναι: τρίτη");
        assertThat(say(Language.GREEK, new Announcement.SpokenOrdinal(21))).isEqualTo("εικοστή πρώτη");
        assertThat(say(Language.ENGLISH, new Announcement.SpokenOrdinal(3))).isEqualTo("third");
    }

    @Test
    void greekNumbersComposeAsSpoken() {
        assertThat(say(Language.GREEK, new Announcement.SpokenNumber(123))).isEqualTo("εκατόν είκοσι τρία");
        assertThat(say(Language.GREEK, new Announcement.SpokenNumber(3400))).isEqualTo("τρεις χιλιάδες τετρακόσια");
        assertThat(say(Language.ENGLISH, new Announcement.SpokenNumber(3400))).isEqualTo("three thousand four hundred");
    }

    @Test
    void everyPublicHolidayOfTheCalendarHasItsNameRecordedInBothLanguages() {
        PromptItem.SayVariablePrompt holidayName = new PromptItem.SayVariablePrompt("schedule.occasion", "holiday.",
                new PromptId("holiday.generic"));
        for (int year = 2026; year <= 2035; year++) {
            for (PublicHoliday h : PublicHolidays.greece().in(year)) {
                PromptId id = new PromptId(holidayName.promptFor(h.name().english()));
                for (Language language : List.of(Language.GREEK, Language.ENGLISH)) {
                    assertThat(CATALOGUE.contains(language, id)).as("%s (%s) in %s", id, h, language).isTrue();
                }
            }
        }
    }

    @Test
    void audioUrlsCanBeOpened() throws IOException {
        URL url = CATALOGUE.audio(Language.GREEK, new PromptId("welcome")).orElseThrow();
        try (InputStream in = url.openStream()) {
            assertThat(in.readNBytes(4)).isEqualTo("RIFF".getBytes());
        }
    }
}
