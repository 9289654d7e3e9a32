package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.EndReason;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HoldTest {

    private static final CallId C1 = new CallId("c1");
    private static final QueueId JOBS = new QueueId("jobs");

    private final Harness h = new Harness(Harness.config(
            QueueConfig.builder("pensions").requires("pensions", 1).wrapUp(Duration.ofSeconds(30)).build(),
            QueueConfig.builder("jobs").requires("jobs", 1).wrapUp(Duration.ofSeconds(30)).build()));

    @AfterEach
    void stateStaysConsistent() {
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    private AgentId talking() {
        AgentId a1 = h.agent("a1", "pensions:5");
        h.distributor.enqueue(new QueuedCall(Harness.call("c1"), new QueueId("pensions"), Priority.of(50), List.of(),
                CallVariables.empty()));
        h.answer("c1", "a1");
        return a1;
    }

    @Test
    void aHeldCallerIsTakenBackAndTheHoldIsTimedWhileTheAgentStaysTalking() {
        AgentId a1 = talking();
        h.advance(Duration.ofSeconds(20));

        assertThat(h.distributor.hold(C1, a1)).isTrue();

        assertThat(h.control.last()).isEqualTo(new FakeCallControl.Command("hold", C1, null, null, null));
        assertThat(h.distributor.agentState(a1)).isEqualTo(new AgentState.Talking(C1));
        assertThat(h.distributor.heldSince(a1)).contains(Harness.START.plusSeconds(20));
        assertThat(h.events(CallCentreEvent.CallHeld.class)).containsExactly(
                new CallCentreEvent.CallHeld(Harness.START.plusSeconds(20), C1, a1));

        h.advance(Duration.ofSeconds(45));
        h.distributor.takeBack(C1, a1);

        assertThat(h.control.last()).isEqualTo(new FakeCallControl.Command("take-back", C1, null, null, null));
        assertThat(h.distributor.heldSince(a1)).isEmpty();
        assertThat(h.events(CallCentreEvent.HoldEnded.class)).containsExactly(new CallCentreEvent.HoldEnded(
                Harness.START.plusSeconds(65), C1, a1, Duration.ofSeconds(45)));
    }

    @Test
    void aHangUpWhileHeldEndsTheHoldBeforeTheCallAndAsksNothingOfTheCallSide() {
        AgentId a1 = talking();
        h.distributor.hold(C1, a1);
        h.advance(Duration.ofSeconds(30));
        h.control.clear();

        h.callerHangsUp("c1");

        assertThat(h.control.of("take-back")).isEmpty();
        List<CallCentreEvent> order = h.events(CallCentreEvent.class).stream()
                .filter(e -> e instanceof CallCentreEvent.HoldEnded || e instanceof CallCentreEvent.CallEnded).toList();
        assertThat(order).containsExactly(
                new CallCentreEvent.HoldEnded(Harness.START.plusSeconds(30), C1, a1, Duration.ofSeconds(30)),
                new CallCentreEvent.CallEnded(Harness.START.plusSeconds(30), C1, "caller hung up",
                        EndReason.CALLER_HUNG_UP));
        assertThat(h.distributor.agentState(a1)).isEqualTo(new AgentState.WrapUp(C1));
    }

    @Test
    void aTransferWhileHeldEndsTheHoldFirstAndTheNextAgentStartsUnheld() {
        AgentId a1 = talking();
        h.distributor.hold(C1, a1);
        h.advance(Duration.ofSeconds(10));

        h.distributor.transferToQueue(C1, JOBS, a1);

        List<String> order = h.events(CallCentreEvent.class).stream()
                .filter(e -> e instanceof CallCentreEvent.HoldEnded || e instanceof CallCentreEvent.CallTransferred)
                .map(e -> e.getClass().getSimpleName()).toList();
        assertThat(order).containsExactly("HoldEnded", "CallTransferred");
        AgentId j1 = h.agent("j1", "jobs:3");
        h.answer("c1", "j1");
        assertThat(h.distributor.heldSince(j1)).isEmpty();
        assertThat(h.events(CallCentreEvent.HoldEnded.class)).hasSize(1);
    }

    @Test
    void holdingTwiceTakingBackAnUnheldCallOrHoldingAnotherAgentsCallIsRefusedAndChangesNothing() {
        AgentId a1 = talking();
        AgentId a2 = h.agent("a2", "pensions:5");

        assertThatThrownBy(() -> h.distributor.takeBack(C1, a1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not on hold");
        assertThatThrownBy(() -> h.distributor.hold(C1, a2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot hold a call");
        h.distributor.hold(C1, a1);
        assertThatThrownBy(() -> h.distributor.hold(C1, a1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already on hold");

        assertThat(h.events(CallCentreEvent.CallHeld.class)).hasSize(1);
        assertThat(h.control.of("hold")).hasSize(1);
    }

    @Test
    void anAgentWhoHangsUpAHeldCallEndsTheHoldTheCallAndEveryLegAndGoesToWrapUp() {
        AgentId a1 = talking();
        h.distributor.hold(C1, a1);
        h.advance(Duration.ofSeconds(5));

        h.distributor.hangUp(C1, a1);

        assertThat(h.control.last()).isEqualTo(new FakeCallControl.Command("hangup", C1, null, null, null));
        assertThat(h.events(CallCentreEvent.HoldEnded.class)).hasSize(1);
        assertThat(h.events(CallCentreEvent.CallEnded.class)).containsExactly(
                new CallCentreEvent.CallEnded(Harness.START.plusSeconds(5), C1, "agent hung up",
                        EndReason.AGENT_HUNG_UP));
        assertThat(h.distributor.agentState(a1)).isEqualTo(new AgentState.WrapUp(C1));
        assertThatThrownBy(() -> h.distributor.hangUp(C1, a1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot hang up a call while WRAP_UP");
    }

    @Test
    void aCallSideThatCannotHoldIsToldSoAndNothingChanges() {
        AgentId a1 = talking();
        h.control.cannotHoldCalls();

        assertThat(h.distributor.hold(C1, a1)).isFalse();

        assertThat(h.distributor.heldSince(a1)).isEmpty();
        assertThat(h.events(CallCentreEvent.CallHeld.class)).isEmpty();
        assertThat(h.control.of("hold")).isEmpty();
    }
}
