package org.govcc.ivr.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govcc.api.call.Language;
import org.govcc.api.control.PromptId;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.TopicId;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.FlowJson;
import org.govcc.ivr.flow.FlowProblem;
import org.govcc.ivr.flow.InvalidFlowException;
import org.govcc.ivr.prompt.PromptCatalogue;
import org.govcc.ivr.testkit.TestFlows;
import org.junit.jupiter.api.Test;

class FlowValidatorTest {

    private static List<FlowProblem> problems(String nodes, FlowValidator validator) {
        Flow flow = FlowJson.read("t.json", "{\"id\":\"t\",\"languages\":[\"el\",\"en\"],\"start\":\"a\",\"nodes\":{"
                + nodes + "}}");
        return validator.validate(flow, "t.json");
    }

    private static List<String> pointers(List<FlowProblem> problems) {
        return problems.stream().map(FlowProblem::pointer).collect(Collectors.toList());
    }

    @Test
    void theDemoFlowsAreSound() {
        assertThat(TestFlows.demo().ids()).containsExactlyInAnyOrder(new FlowId("demo"), new FlowId("amka"));
    }

    @Test
    void namesDanglingTargetsAndUnreachableNodes() {
        List<FlowProblem> p = problems("\"a\":{\"type\":\"play\",\"prompts\":[\"x\"],\"next\":\"nowhere\"},"
                + "\"lost\":{\"type\":\"return\"}", FlowValidator.graphOnly());

        assertThat(pointers(p)).containsExactlyInAnyOrder("/nodes/a/next", "/nodes/lost");
        assertThat(p).extracting(FlowProblem::message).anyMatch(m -> m.contains("'nowhere' does not exist"))
                .anyMatch(m -> m.contains("unreachable"));
    }

    @Test
    void aTransfersOnFailureMustExistAndMakesItsTargetReachable() {
        List<FlowProblem> dangling = problems("\"a\":{\"type\":\"transfer\",\"number\":\"112\",\"onFailure\":\"gone\"}",
                FlowValidator.graphOnly());
        List<FlowProblem> sound = problems("\"a\":{\"type\":\"transfer\",\"number\":\"112\",\"onFailure\":\"b\"},"
                + "\"b\":{\"type\":\"hangUp\"}", FlowValidator.graphOnly());

        assertThat(pointers(dangling)).containsExactly("/nodes/a/onFailure");
        assertThat(sound).isEmpty();
    }

    @Test
    void aMissingStartNodeIsNamed() {
        List<FlowProblem> p = problems("\"b\":{\"type\":\"return\"}", FlowValidator.graphOnly());

        assertThat(pointers(p)).contains("/start", "/nodes/b");
    }

    @Test
    void refusesMenusWithoutTimeOutOrFailureHandling() {
        List<FlowProblem> p = problems("\"a\":{\"type\":\"menu\",\"prompts\":[\"m\"],\"options\":{\"1\":\"b\"}},"
                + "\"b\":{\"type\":\"return\"}", FlowValidator.graphOnly());

        assertThat(p).extracting(FlowProblem::message)
                .anyMatch(m -> m.contains("no time-out"))
                .anyMatch(m -> m.contains("no fallback"))
                .anyMatch(m -> m.contains("nothing after a wrong key"));
        assertThat(pointers(p)).containsOnly("/nodes/a");
    }

    @Test
    void refusesALoopThatSpinsWithoutCallerInput() {
        List<FlowProblem> p = problems(
                "\"a\":{\"type\":\"menu\",\"prompts\":[\"m\"],\"options\":{\"1\":\"a\"},\"timeoutSeconds\":5,"
                + "\"invalidPrompts\":[\"i\"],\"onFailure\":\"sorry\"},"
                + "\"sorry\":{\"type\":\"play\",\"prompts\":[\"s\"],\"next\":\"a\"}", FlowValidator.graphOnly());

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/nodes/a");
            assertThat(x.message()).contains("without caller input").contains("a -> sorry -> a");
        });
    }

    @Test
    void aMenuWithoutRetriesNeedsNoInvalidPromptsButOneWithRetriesDoes() {
        String menu = "\"a\":{\"type\":\"menu\",\"prompts\":[\"m\"],\"options\":{\"1\":\"b\"},\"timeoutSeconds\":1,"
                + "\"retries\":%d,\"onFailure\":\"b\"},\"b\":{\"type\":\"hangUp\"}";

        assertThat(problems(menu.formatted(0), FlowValidator.graphOnly())).isEmpty();
        assertThat(problems(menu.formatted(1), FlowValidator.graphOnly())).extracting(FlowProblem::message)
                .singleElement().asString().contains("nothing after a wrong key");
    }

    @Test
    void aMenuThatLoopsOnlyThroughAKeyPressIsFine() {
        List<FlowProblem> p = problems(
                "\"a\":{\"type\":\"menu\",\"prompts\":[\"m\"],\"options\":{\"*\":\"a\",\"1\":\"b\"},\"timeoutSeconds\":5,"
                + "\"invalidPrompts\":[\"i\"],\"onFailure\":\"b\"},\"b\":{\"type\":\"hangUp\"}", FlowValidator.graphOnly());

        assertThat(p).isEmpty();
    }

    @Test
    void namesAPromptMissingInOneOfTheFlowsLanguages() {
        PromptCatalogue greekOnly = new PromptCatalogue() {
            @Override
            public Set<Language> languages() {
                return Set.of(Language.GREEK, Language.ENGLISH);
            }

            @Override
            public Optional<URL> audio(Language language, PromptId prompt) {
                return Optional.empty();
            }

            @Override
            public boolean contains(Language language, PromptId prompt) {
                return language.equals(Language.GREEK) || !prompt.value().equals("only-greek");
            }

            @Override
            public Set<PromptId> prompts(Language language) {
                return Set.of();
            }
        };
        List<FlowProblem> p = problems("\"a\":{\"type\":\"hangUp\",\"prompts\":[\"fine\",\"only-greek\"]}",
                FlowValidator.builder().prompts(greekOnly).build());

        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.pointer()).isEqualTo("/nodes/a/prompts/1");
            assertThat(x.message()).contains("'only-greek'").contains("'en'");
        });
    }

    @Test
    void namesQueueTargetsAndSchedulesThatDoNotExist() {
        List<FlowProblem> p = problems("\"a\":{\"type\":\"schedule\",\"schedule\":\"nights\",\"open\":\"q\",\"closed\":\"q\"},"
                + "\"q\":{\"type\":\"queue\",\"topic\":\"astrology\"}",
                FlowValidator.builder().topics(Set.of(new TopicId("pensions")))
                        .schedules(Set.of(new ScheduleId("line"))).build());

        assertThat(pointers(p)).containsExactlyInAnyOrder("/nodes/a/schedule", "/nodes/q/topic");
    }

    @Test
    void namesLanguagesOfferedButNotInTheFlow() {
        List<FlowProblem> p = problems("\"a\":{\"type\":\"languageChoice\",\"prompts\":[\"l\"],\"choices\":{\"8\":\"fr\"},"
                + "\"next\":\"b\"},\"b\":{\"type\":\"return\"}", FlowValidator.graphOnly());

        assertThat(pointers(p)).containsExactly("/nodes/a/choices/8");
    }

    @Test
    void refusesAtLoadASetWithAMissingSubFlowNamingTheNodeAndLine() {
        FlowDocument caller = new FlowDocument(new FlowId("t"), "t.json", "{\"id\":\"t\",\"languages\":[\"el\"],"
                + "\"start\":\"a\",\"nodes\":{\n\"a\":{\"type\":\"subFlow\",\"flow\":\"ghost\",\"next\":\"b\"},\n"
                + "\"b\":{\"type\":\"return\"}}}");

        assertThatThrownBy(() -> FlowRepository.load(List.of(caller), FlowValidator.builder()))
                .isInstanceOfSatisfying(InvalidFlowException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(x -> {
                            assertThat(x.pointer()).isEqualTo("/nodes/a/flow");
                            assertThat(x.line()).isEqualTo(2);
                            assertThat(x.toString()).startsWith("t.json:2:");
                        }));
    }

    @Test
    void refusesASubFlowThatDoesNotSpeakEveryLanguageOfItsCaller() {
        FlowDocument caller = new FlowDocument(new FlowId("t"), "t.json", "{\"id\":\"t\",\"languages\":[\"el\",\"en\"],"
                + "\"start\":\"a\",\"nodes\":{\"a\":{\"type\":\"subFlow\",\"flow\":\"g\",\"entry\":\"x\",\"next\":\"b\"},"
                + "\"b\":{\"type\":\"return\"}}}");
        FlowDocument greekOnly = new FlowDocument(new FlowId("g"), "g.json", "{\"id\":\"g\",\"languages\":[\"el\"],"
                + "\"start\":\"r\",\"nodes\":{\"r\":{\"type\":\"return\"}}}");

        assertThatThrownBy(() -> FlowRepository.load(List.of(caller, greekOnly), FlowValidator.builder()))
                .isInstanceOfSatisfying(InvalidFlowException.class, e -> assertThat(e.problems())
                        .extracting(FlowProblem::pointer).containsExactlyInAnyOrder("/nodes/a/entry", "/nodes/a/flow"));
    }

    @Test
    void refusesAnAmkaEntryThatCannotHoldElevenDigits() {
        List<FlowProblem> p = problems("\"a\":{\"type\":\"collectDigits\",\"prompts\":[\"p\"],\"variable\":\"amka\","
                + "\"validator\":\"amka\",\"minLength\":9,\"maxLength\":9,\"timeoutSeconds\":5,\"invalidPrompts\":[\"i\"],"
                + "\"next\":\"b\",\"onFailure\":\"b\"},\"b\":{\"type\":\"return\"}", FlowValidator.graphOnly());

        assertThat(pointers(p)).containsExactly("/nodes/a/validator");
    }
}
