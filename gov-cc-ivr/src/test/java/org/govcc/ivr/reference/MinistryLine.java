package org.govcc.ivr.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.TopicId;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.prompt.IndexedPromptCatalogue;
import org.govcc.ivr.prompt.PromptCatalogue;
import org.govcc.ivr.testkit.FakeCallControl;
import org.govcc.ivr.validate.FlowValidator;
import org.govcc.routing.schedule.ServiceCalendar;

/**
 * The ministry's configuration as the reference app ships it: flows, prompts, and the same calendar and topics as
 * {@code org.govcc.reference.config.MinistryOfLabourLine} (read from the reference app's source tree).
 */
public final class MinistryLine {

    public static final Path RESOURCES = Path.of("..", "gov-cc-reference-app", "src", "main", "resources");
    public static final Path FLOWS = RESOURCES.resolve("config/ministry-of-labour/flows");
    public static final Path PROMPTS = RESOURCES.resolve("config/ministry-of-labour/prompts");
    public static final Path PROMPT_TEXTS = Path.of("..", "gov-cc-reference-app", "src", "main", "prompts", "prompts.tsv");

    public static final FlowId MAIN = new FlowId("ministry-main");
    public static final FlowId COMPLAINTS = new FlowId("ministry-complaints");
    public static final ScheduleId MAIN_HOURS = new ScheduleId("main-line-hours");
    public static final ScheduleId ALWAYS_OPEN = new ScheduleId("always-open");

    /** The topics in menu order (keys 1-6), then the complaint line's. */
    public static final List<TopicId> TOPICS = Stream.of("insurance-pensions", "employment-training", "welfare-benefits",
            "labour-relations", "social-solidarity", "equality", "harassment-complaints")
            .map(TopicId::new).collect(Collectors.toList());

    private MinistryLine() {
    }

    public static ServiceCalendar calendar() {
        return ServiceCalendar.builder()
                .id("ministry-of-labour-calendar")
                .schedule(MAIN_HOURS, s -> s.hours(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, "08:00-20:00"))
                .alwaysOpen(ALWAYS_OPEN)
                .build();
    }

    public static PromptCatalogue catalogue() {
        return IndexedPromptCatalogue.fromDirectory(PROMPTS);
    }

    public static List<FlowDocument> documents() {
        List<FlowDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(FLOWS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
                String id = f.getFileName().toString().replace(".json", "");
                docs.add(new FlowDocument(new FlowId(id), f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    public static FlowRepository flows(PromptCatalogue catalogue) {
        return FlowRepository.load(documents(), FlowValidator.builder()
                .topics(Set.copyOf(TOPICS))
                .schedules(Set.of(MAIN_HOURS, ALWAYS_OPEN))
                .prompts(catalogue));
    }

    /** The text of every prompt, per language, from the file the audio was generated from. */
    public static Map<Language, Map<String, String>> texts() {
        Map<Language, Map<String, String>> texts = Map.of(Language.GREEK, new HashMap<>(), Language.ENGLISH, new HashMap<>());
        try {
            for (String line : Files.readAllLines(PROMPT_TEXTS, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                texts.get(Language.GREEK).put(cols[0], cols[1].replace("[en]", ""));
                texts.get(Language.ENGLISH).put(cols[0], cols[2].replace("[en]", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** What the caller heard, as the text of the audio files the catalogue would play, in {@code language}. */
    public static String spoken(FakeCallControl control, PromptCatalogue catalogue, Language language) {
        Map<String, String> text = texts().get(language);
        List<String> words = new ArrayList<>();
        for (FakeCallControl.Playback p : control.playbacks) {
            for (Announcement a : p.announcements()) {
                for (URL url : catalogue.audioFor(language, a)) {
                    String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1).replace(".wav", "");
                    words.add(text.getOrDefault(file, "?" + file));
                }
            }
        }
        return String.join(" ", words);
    }
}
