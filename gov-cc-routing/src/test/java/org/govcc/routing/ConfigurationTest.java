package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.api.routing.SkillRequirement;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void anEmptyQueueSetIsRefusedNamingTheField() {
        assertThatThrownBy(() -> DistributorConfig.of(Set.of("pensions"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queues");
    }

    @Test
    void aNegativeRingTimeOutIsRefusedNamingTheField() {
        assertThatThrownBy(() -> QueueConfig.builder("pensions").ringTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("queue pensions").hasMessageContaining("ringTimeout")
                .hasMessageContaining("negative");
    }

    @Test
    void aNegativeWrapUpIsRefusedNamingTheField() {
        assertThatThrownBy(() -> QueueConfig.builder("pensions").wrapUp(Duration.ofSeconds(-5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrapUp");
    }

    @Test
    void aNegativeCallbackRetryDelayIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CallbackPolicy.allowed(3, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callbacks.retryDelay");
    }

    @Test
    void anUnknownSkillInAQueueIsRefusedNamingTheQueueAndSkill() {
        QueueConfig q = QueueConfig.builder("pensions").requires("pensionz", 1).build();
        assertThatThrownBy(() -> DistributorConfig.of(Set.of("pensions"), List.of(q)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("queues[pensions].requirements").hasMessageContaining("pensionz");
    }

    @Test
    void anUnknownOverflowSkillIsRefusedNamingTheStep() {
        QueueConfig q = QueueConfig.builder("pensions").requires("pensions", 1)
                .step(RoutingStep.overflow(Duration.ofSeconds(60), "pensions", "nobody")).build();
        assertThatThrownBy(() -> DistributorConfig.of(Set.of("pensions"), List.of(q)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps[0].overflowTo").hasMessageContaining("nobody");
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> QueueConfig.builder("pensions")
                .step(RoutingStep.lowerLevel(Duration.ofSeconds(120), 3))
                .step(RoutingStep.lowerLevel(Duration.ofSeconds(60), 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps[1].after");
    }

    @Test
    void duplicateQueueIdsAreRefused() {
        QueueConfig q = QueueConfig.builder("pensions").build();
        assertThatThrownBy(() -> DistributorConfig.of(Set.of("pensions"), List.of(q, q)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void anAgentWithAnUnknownSkillIsRefused() {
        Harness h = new Harness(Harness.config(QueueConfig.builder("pensions").build()));
        AgentProfile p = new AgentProfile(new AgentId("a1"), "A", new OrganisationId("efka"),
                Map.of(new SkillId("astrology"), SkillLevel.of(3)));
        assertThatThrownBy(() -> h.distributor.addAgent(p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agent a1 skills")
                .hasMessageContaining("astrology");
    }

    @Test
    void aCallRequiringAnUnknownSkillIsRefused() {
        Harness h = new Harness(Harness.config(QueueConfig.builder("pensions").build()));
        assertThatThrownBy(() -> h.enqueue("c1", "pensions", 50, SkillRequirement.of("klingon", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("klingon");
    }

    @Test
    void anUnknownQueueIsRefused() {
        Harness h = new Harness(Harness.config(QueueConfig.builder("pensions").build()));
        assertThatThrownBy(() -> h.enqueue("c1", "nowhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }

    @Test
    void anUnknownStrategyIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> Strategies.byId("random-walk"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random-walk");
    }

    @Test
    void aTopicMakesItsOwnQueueWithItsSkillAndSchedule() {
        org.govcc.api.routing.Topic topic = new org.govcc.api.routing.Topic(
                new org.govcc.api.routing.TopicId("insurance-pensions"),
                Map.of(org.govcc.api.call.Language.GREEK, "Ασφάλιση και συντάξεις",
                        org.govcc.api.call.Language.ENGLISH, "Insurance and pensions"),
                new SkillId("pensions"), new org.govcc.api.schedule.ScheduleId("main-hours"));

        QueueConfig q = QueueConfig.forTopic(topic).build();

        org.assertj.core.api.Assertions.assertThat(q.id().value()).isEqualTo("insurance-pensions");
        org.assertj.core.api.Assertions.assertThat(q.requirements()).containsExactly(SkillRequirement.of("pensions", 1));
        org.assertj.core.api.Assertions.assertThat(q.schedule()).contains(topic.schedule());
    }
}
