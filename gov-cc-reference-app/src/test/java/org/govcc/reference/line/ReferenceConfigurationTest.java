package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.govcc.api.call.Language;
import org.govcc.api.control.PromptId;
import org.govcc.api.routing.Topic;
import org.govcc.ivr.prompt.IndexedPromptCatalogue;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.sip.engines.EngineCallHandler;
import org.junit.jupiter.api.Test;

/** The ministry's configuration holds together: what the SIP line says and routes to exists in it. */
class ReferenceConfigurationTest {

    private final IndexedPromptCatalogue prompts =
            IndexedPromptCatalogue.fromClasspath("config/ministry-of-labour/prompts/catalogue.json", getClass().getClassLoader());

    @Test
    void theCatalogueHoldsTheComfortPromptsOfWaitingCallersInBothLanguages() {
        for (Language language : Set.of(Language.GREEK, Language.ENGLISH)) {
            assertThat(prompts.prompts(language)).as(language.code()).contains(
                    new PromptId(EngineCallHandler.POSITION_PROMPT), new PromptId(EngineCallHandler.WAIT_PROMPT));
        }
    }

    @Test
    void everyAgentHasASkillOfATopicAndEveryTopicHasAtLeastTwoAgents() {
        Set<String> skills = MinistryOfLabourLine.topics().stream().map(t -> t.skill().value())
                .collect(Collectors.toSet());
        MinistryOfLabourLine.agents().forEach(a -> assertThat(a.skills().keySet()).as(a.id().value())
                .anyMatch(s -> skills.contains(s.value())));
        for (Topic topic : MinistryOfLabourLine.topics()) {
            long serving = MinistryOfLabourLine.agents().stream()
                    .filter(a -> a.skills().containsKey(topic.skill())).count();
            assertThat(serving).as(topic.id().value()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void eachLineHasItsOwnNumberAndFlow() {
        assertThat(MinistryOfLabourLine.lines()).extracting(l -> l.number().digits()).doesNotHaveDuplicates();
        assertThat(MinistryOfLabourLine.flowFor(MinistryOfLabourLine.COMPLAINTS).value()).isEqualTo("ministry-complaints");
        assertThat(MinistryOfLabourLine.flowFor(MinistryOfLabourLine.MAIN).value()).isEqualTo("ministry-main");
    }
}
