package org.govcc.api.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Language;
import org.govcc.api.schedule.ScheduleId;
import org.junit.jupiter.api.Test;

class RoutingValuesTest {

    private static final SkillId PENSIONS = new SkillId("pensions");
    private static final SkillId ENGLISH = new SkillId("lang-en");

    @Test
    void anAgentMeetsRequirementsOnlyWithEverySkillAtTheLevel() {
        AgentCandidate agent = new AgentCandidate(new AgentId("a1"),
                Map.of(PENSIONS, SkillLevel.of(7), ENGLISH, SkillLevel.of(3)), Instant.EPOCH, 0);
        assertThat(agent.meets(List.of(SkillRequirement.of("pensions", 7)))).isTrue();
        assertThat(agent.meets(List.of(SkillRequirement.of("pensions", 8)))).isFalse();
        assertThat(agent.meets(List.of(SkillRequirement.of("pensions", 1), SkillRequirement.of("lang-en", 3)))).isTrue();
        assertThat(agent.meets(List.of(SkillRequirement.of("welfare", 1)))).isFalse();
        assertThat(agent.levelIn(ENGLISH)).isEqualTo(3);
        assertThat(agent.levelIn(new SkillId("welfare"))).isZero();
    }

    @Test
    void levelsAndPrioritiesStayInRange() {
        assertThatThrownBy(() -> SkillLevel.of(11)).hasMessageContaining("between 1 and 10, but was 11");
        assertThatThrownBy(() -> SkillLevel.of(0)).hasMessageContaining("but was 0");
        assertThatThrownBy(() -> Priority.of(101)).hasMessageContaining("priority");
        assertThat(Priority.HIGHEST).isGreaterThan(Priority.NORMAL);
    }

    @Test
    void aTopicNeedsANameAndFallsBackToAnyLanguageItHas() {
        Topic topic = new Topic(new TopicId("pensions"), Map.of(Language.GREEK, "Ασφάλιση και συντάξεις"),
                PENSIONS, new ScheduleId("main"));
        assertThat(topic.name(Language.ENGLISH)).isEqualTo("Ασφάλιση και συντάξεις");
        assertThatThrownBy(() -> new Topic(new TopicId("x"), Map.of(), PENSIONS, new ScheduleId("main")))
                .hasMessageContaining("topic x must have a name");
    }

    @Test
    void decisionsCarryTheirAgentOrReason() {
        assertThat(RoutingDecision.offerTo(new AgentId("a1")))
                .isEqualTo(new RoutingDecision.Offer(new AgentId("a1")));
        assertThatThrownBy(() -> RoutingDecision.keepWaiting(" ")).hasMessageContaining("reason");
    }
}
