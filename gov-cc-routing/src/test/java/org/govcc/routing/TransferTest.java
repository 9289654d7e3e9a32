package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TransferTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransferTest {

    private static final CallId C1 = new CallId("c1");
    private static final QueueId JOBS = new QueueId("jobs");

    private final Harness h = new Harness(Harness.config(
            QueueConfig.builder("pensions").requires("pensions", 1).ringTimeout(Duration.ofSeconds(15))
                    .wrapUp(Duration.ofSeconds(30)).build(),
            QueueConfig.builder("jobs").requires("jobs", 1).ringTimeout(Duration.ofSeconds(20))
                    .wrapUp(Duration.ofSeconds(30)).maxWaiting(2).build()));

    @AfterEach
    void stateStaysConsistent() {
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    /** c1 arrives with the caller's IVR data, a1 answers it. */
    private AgentId talking() {
        AgentId a1 = h.agent("a1", "pensions:5");
        h.distributor.enqueue(new QueuedCall(Harness.call("c1"), new QueueId("pensions"), Priority.of(50), List.of(),
                CallVariables.empty().with("amka", "01017012345").with("request", "2026000001")));
        h.answer("c1", "a1");
        return a1;
    }

    private AgentState state(String agent) {
        return h.distributor.agentState(Harness.id(agent));
    }

    @Test
    void aCallTransferredToAQueueWaitsThereWithItsVariablesAndTheAgentGoesToWrapUp() {
        AgentId a1 = talking();
        h.advance(Duration.ofSeconds(60));

        TransferAnswer answer = h.distributor.transferToQueue(C1, JOBS, a1);

        assertThat(answer).isEqualTo(new TransferAnswer.Transferred());
        assertThat(state("a1")).isEqualTo(new AgentState.WrapUp(C1));
        assertThat(h.control.last()).isEqualTo(new FakeCallControl.Command("release", C1, a1, null, null));
        assertThat(h.distributor.positionOf(C1)).contains(1);
        assertThat(h.events(CallCentreEvent.CallTransferred.class)).containsExactly(new CallCentreEvent.CallTransferred(
                Harness.START.plusSeconds(60), C1, a1, new TransferTarget.ToQueue(JOBS)));
        assertThat(h.events(CallCentreEvent.CallEnded.class)).isEmpty();
        assertThat(h.events(CallCentreEvent.CallQueued.class)).extracting(CallCentreEvent.CallQueued::queue)
                .containsExactly(new QueueId("pensions"), JOBS);

        h.agent("j1", "jobs:3");
        FakeCallControl.Command ring = h.control.last();
        assertThat(ring.agent()).isEqualTo(Harness.id("j1"));
        assertThat(ring.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(ring.variables().get("amka")).contains("01017012345");
        assertThat(ring.variables().get("request")).contains("2026000001");
        h.answer("c1", "j1");
        assertThat(state("j1")).isEqualTo(new AgentState.Talking(C1));
    }

    @Test
    void aTransferredCallKeepsItsPlaceByItsFirstArrival() {
        AgentId a1 = talking();
        h.advance(Duration.ofSeconds(10));
        h.enqueue("later", "jobs");
        h.advance(Duration.ofSeconds(50));

        h.distributor.transferToQueue(C1, JOBS, a1);

        assertThat(h.distributor.positionOf(C1)).contains(1);
        assertThat(h.distributor.positionOf(new CallId("later"))).contains(2);
    }

    @Test
    void aCallerWhoHangsUpAfterATransferEndsTheCallOnce() {
        AgentId a1 = talking();
        h.distributor.transferToQueue(C1, JOBS, a1);

        h.callerHangsUp("c1");

        assertThat(h.events(CallCentreEvent.CallEnded.class)).hasSize(1);
        assertThat(h.distributor.heldCalls()).isZero();
        assertThat(state("a1")).isEqualTo(new AgentState.WrapUp(C1));
    }

    @Test
    void aStaleHangUpOfTheFirstAgentChangesNothing() {
        AgentId a1 = talking();
        h.distributor.transferToQueue(C1, JOBS, a1);

        assertThat(h.agentHangsUp("c1", "a1")).isEqualTo(SignalResult.STALE);
        assertThat(h.distributor.positionOf(C1)).contains(1);
    }

    @Test
    void aCallTransferredToAnAgentRingsThatAgentAfterTheFirstLegIsReleased() {
        AgentId a1 = talking();
        AgentId a2 = h.agent("a2", "jobs:1"); // no pensions skill: a transfer to a person needs none

        TransferAnswer answer = h.distributor.transferToAgent(C1, a2, a1);

        assertThat(answer.transferred()).isTrue();
        List<FakeCallControl.Command> commands = h.control.commands();
        assertThat(commands.subList(commands.size() - 2, commands.size()))
                .extracting(FakeCallControl.Command::kind, FakeCallControl.Command::agent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("release", a1),
                        org.assertj.core.groups.Tuple.tuple("connect", a2));
        assertThat(h.control.last().timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(h.control.last().variables().get("amka")).contains("01017012345");
        assertThat(state("a1")).isEqualTo(new AgentState.WrapUp(C1));
        assertThat(state("a2")).isEqualTo(new AgentState.Reserved(C1));
        assertThat(h.events(CallCentreEvent.CallTransferred.class)).extracting(CallCentreEvent.CallTransferred::to)
                .containsExactly(new TransferTarget.ToAgent(a2));

        h.answer("c1", "a2");
        assertThat(state("a2")).isEqualTo(new AgentState.Talking(C1));
        assertThat(h.events(CallCentreEvent.CallConnected.class)).extracting(CallCentreEvent.CallConnected::agent)
                .containsExactly(a1, a2);
        assertThat(h.distributor.statistics().queues().get(0).answered()).isEqualTo(1);
    }

    @Test
    void anUnansweredTransferGoesBackToItsQueueAheadOfLaterCalls() {
        AgentId a1 = talking();
        AgentId a2 = h.agent("a2", "jobs:1");
        h.advance(Duration.ofSeconds(5));
        h.enqueue("later", "pensions");
        h.distributor.transferToAgent(C1, a2, a1);

        h.unreachable("c1", "a2");

        assertThat(state("a2")).isEqualTo(new AgentState.OnBreak(BreakReason.NO_ANSWER));
        assertThat(h.distributor.positionOf(C1)).contains(1);
        assertThat(h.distributor.positionOf(new CallId("later"))).contains(2);
        assertThat(h.events(CallCentreEvent.CallEnded.class)).isEmpty();
    }

    @Test
    void aTransferThatRingsOutWithoutAnyOutcomeIsNotLost() {
        AgentId a1 = talking();
        AgentId a2 = h.agent("a2", "jobs:1");
        h.distributor.transferToAgent(C1, a2, a1);

        h.advance(Duration.ofMinutes(1)); // ring time-out and ring guard, no word from the call side

        assertThat(state("a2")).isEqualTo(new AgentState.OnBreak(BreakReason.NO_ANSWER));
        assertThat(h.distributor.positionOf(C1)).contains(1);
    }

    @Test
    void aTransferToAnAgentWhoIsNotAvailableIsRefusedAndChangesNothing() {
        AgentId a1 = talking();
        AgentId a2 = h.agent("a2", "jobs:1");
        h.distributor.startBreak(a2, BreakReason.MEAL);
        int events = h.events.size();
        int commands = h.control.commands().size();

        TransferAnswer answer = h.distributor.transferToAgent(C1, a2, a1);

        assertThat(answer).isEqualTo(new TransferAnswer.Refused(TransferAnswer.Reason.AGENT_NOT_AVAILABLE));
        assertThat(state("a1")).isEqualTo(new AgentState.Talking(C1));
        assertThat(h.events).hasSize(events);
        assertThat(h.control.commands()).hasSize(commands);
    }

    @Test
    void aTransferToAFullQueueIsRefusedAndChangesNothing() {
        AgentId a1 = talking();
        h.enqueue("w1", "jobs");
        h.enqueue("w2", "jobs");

        TransferAnswer answer = h.distributor.transferToQueue(C1, JOBS, a1);

        assertThat(answer).isEqualTo(new TransferAnswer.Refused(TransferAnswer.Reason.QUEUE_FULL));
        assertThat(state("a1")).isEqualTo(new AgentState.Talking(C1));
        assertThat(h.events(CallCentreEvent.CallTransferred.class)).isEmpty();
    }

    @Test
    void aCallSideThatCannotReleaseAnAgentLegRefusesTransfers() {
        AgentId a1 = talking();
        AgentId a2 = h.agent("a2", "jobs:1");
        h.control.cannotReleaseAgents();

        assertThat(h.distributor.transferToQueue(C1, JOBS, a1))
                .isEqualTo(new TransferAnswer.Refused(TransferAnswer.Reason.NOT_SUPPORTED));
        assertThat(h.distributor.transferToAgent(C1, a2, a1))
                .isEqualTo(new TransferAnswer.Refused(TransferAnswer.Reason.NOT_SUPPORTED));
        assertThat(state("a1")).isEqualTo(new AgentState.Talking(C1));
        assertThat(state("a2")).isEqualTo(AgentState.available());
    }

    @Test
    void onlyTheAgentTalkingOnTheCallMayTransferIt() {
        AgentId a1 = h.agent("a1", "pensions:5");
        AgentId a2 = h.agent("a2", "jobs:1");
        h.enqueue("c1", "pensions");
        assertThatThrownBy(() -> h.distributor.transferToQueue(C1, JOBS, a1)) // ringing, not talking yet
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RESERVED");
        h.answer("c1", "a1");
        assertThatThrownBy(() -> h.distributor.transferToQueue(new CallId("other"), JOBS, a1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not talking on call other");
        assertThatThrownBy(() -> h.distributor.transferToAgent(C1, a1, a2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a2");
        assertThatThrownBy(() -> h.distributor.transferToAgent(C1, a1, a1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("themselves");
        assertThatThrownBy(() -> h.distributor.transferToQueue(C1, new QueueId("nowhere"), a1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");

        assertThat(state("a1")).isEqualTo(new AgentState.Talking(C1));
        assertThat(h.events(CallCentreEvent.CallTransferred.class)).isEmpty();
        assertThat(h.control.of("release")).isEmpty();
    }
}
