package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.govcc.api.call.Language;
import org.govcc.api.control.PromptId;
import org.govcc.api.routing.Topic;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.routing.sim.DayMix;
import org.govcc.sip.line.EngineCallHandler;
import org.junit.jupiter.api.Test;

/** The ministry's configuration holds together: what the SIP line says and routes to exists in it. */
class ReferenceConfigurationTest {

    private final LineConfiguration configuration = MinistryOfLabourLine.configuration();

    @Test
    void theCatalogueHoldsTheComfortPromptsOfWaitingAndHeldCallersInBothLanguages() {
        for (Language language : Set.of(Language.GREEK, Language.ENGLISH)) {
            assertThat(configuration.prompts().prompts(language)).as(language.code()).contains(
                    new PromptId(EngineCallHandler.POSITION_PROMPT), new PromptId(EngineCallHandler.WAIT_PROMPT),
                    new PromptId(EngineCallHandler.HOLD_PROMPT));
        }
    }

    @Test
    void everyAgentHasASkillOfATopicOrItsOverflowPoolAndEveryTopicHasAtLeastTwoAgents() {
        Set<String> skills = configuration.topics().stream().map(t -> t.skill().value()).collect(Collectors.toSet());
        configuration.confidentialSkills().forEach(s -> skills.add(s.value()));
        configuration.roster().forEach(a -> assertThat(a.skills().keySet()).as(a.id().value())
                .anyMatch(s -> skills.contains(s.value())));
        for (Topic topic : configuration.topics()) {
            long serving = configuration.roster().stream().filter(a -> a.skills().containsKey(topic.skill())).count();
            assertThat(serving).as(topic.id().value()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void thePlanningDayOfTheCapacityPlannerNamesTheConfiguredTopics() throws Exception {
        DayMix day = DayMix.read(Path.of(getClass().getClassLoader()
                .getResource("config/ministry-of-labour/planning/day.txt").toURI()));

        Set<String> planned = new java.util.HashSet<>(day.topics().keySet());
        planned.add(day.confidentialTopic());
        assertThat(planned).isEqualTo(configuration.topics().stream().map(t -> t.id().value())
                .collect(Collectors.toSet()));
    }

    @Test
    void eachLineHasItsOwnNumberAndFlow() {
        assertThat(configuration.lines()).extracting(l -> l.number().digits()).doesNotHaveDuplicates();
        assertThat(configuration.flowFor(MinistryOfLabourLine.COMPLAINTS).value()).isEqualTo("ministry-complaints");
        assertThat(configuration.flowFor(MinistryOfLabourLine.MAIN).value()).isEqualTo("ministry-main");
    }
}
