package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.call.CallId;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.junit.jupiter.api.Test;

/** A supervisor moves an agent to another skill group: what the agent serves, and the queues' counts, follow. */
class SkillChangeTest {

    private final Harness h = new Harness(Harness.config(QueueConfig.builder("pensions").requires("pensions", 1).build(),
            QueueConfig.builder("jobs").requires("jobs", 1).build()));

    private QueueSnapshot queue(String id) {
        return h.distributor.statistics().queue(new QueueId(id)).orElseThrow();
    }

    @Test
    void anAvailableAgentMovedToAnotherGroupTakesItsWaitingCallAtOnce() {
        AgentId a = h.agent("a1", "pensions:5");
        h.enqueue("c1", "jobs");
        assertThat(queue("jobs").waiting()).isEqualTo(1);

        h.distributor.changeSkills(a, Map.of(new SkillId("jobs"), SkillLevel.of(5)));

        assertThat(h.distributor.agentState(a)).isEqualTo(new AgentState.Reserved(new CallId("c1")));
        assertThat(queue("jobs").waiting()).isZero();
        assertThat(h.distributor.skillsOf(a)).containsExactly(Map.entry(new SkillId("jobs"), SkillLevel.of(5)));
        assertThat(queue("jobs").staffed()).isEqualTo(1);
        assertThat(queue("pensions").staffed()).isZero();
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    @Test
    void anAgentOnABreakMovedAndBackServesTheFirstGroupAgainAndTheCountsStayRight() {
        AgentId a = h.agent("a1", "pensions:5");
        h.distributor.startBreak(a, BreakReason.MEAL);
        h.distributor.changeSkills(a, Map.of(new SkillId("jobs"), SkillLevel.of(3)));
        h.distributor.endBreak(a);
        assertThat(queue("jobs").available()).isEqualTo(1);
        assertThat(queue("pensions").available()).isZero();

        h.distributor.changeSkills(a, Map.of(new SkillId("pensions"), SkillLevel.of(5)));
        h.enqueue("c1", "pensions");

        assertThat(h.distributor.agentState(a).status()).isEqualTo(AgentStatus.RESERVED);
        assertThat(queue("jobs").available()).isZero();
        assertThat(queue("jobs").staffed()).isZero();
        assertThat(queue("pensions").staffed()).isEqualTo(1);
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    @Test
    void anAgentWithACallInHandKeepsItAndServesTheNewGroupAfterIt() {
        AgentId a = h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");
        h.answer("c1", "a1");

        h.distributor.changeSkills(a, Map.of(new SkillId("jobs"), SkillLevel.of(5)));

        assertThat(h.distributor.agentState(a)).isEqualTo(new AgentState.Talking(new CallId("c1")));
        assertThat(queue("jobs").staffed()).isEqualTo(1);
        assertThat(queue("pensions").staffed()).isZero();
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    @Test
    void anUnknownSkillIsRefusedAndChangesNothing() {
        AgentId a = h.agent("a1", "pensions:5");

        assertThatThrownBy(() -> h.distributor.changeSkills(a, Map.of(new SkillId("nope"), SkillLevel.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThat(queue("pensions").available()).isEqualTo(1);
    }
}
