package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.agent.Disposition;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.CallId;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.RingFailure;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.junit.jupiter.api.Test;

class AgentStateMachineTest {

    private final Harness h = new Harness(Harness.config(QueueConfig.builder("pensions").requires("pensions", 1)
            .ringTimeout(Duration.ofSeconds(15)).wrapUp(Duration.ofSeconds(30)).build()));

    private AgentStatus status(String agent) {
        return h.distributor.agentState(Harness.id(agent)).status();
    }

    @Test
    void anAgentPassesThroughEveryStateOfACall() {
        AgentId a = h.agent("a1", "pensions:5");
        assertThat(status("a1")).isEqualTo(AgentStatus.AVAILABLE);

        h.enqueue("c1", "pensions");
        assertThat(h.distributor.agentState(a)).isEqualTo(new AgentState.Reserved(new CallId("c1")));
        h.answer("c1", "a1");
        assertThat(h.distributor.agentState(a)).isEqualTo(new AgentState.Talking(new CallId("c1")));
        h.advance(Duration.ofSeconds(100));
        h.callerHangsUp("c1");
        assertThat(h.distributor.agentState(a)).isEqualTo(new AgentState.WrapUp(new CallId("c1")));
        h.distributor.endWrapUp(a);

        assertThat(status("a1")).isEqualTo(AgentStatus.AVAILABLE);
        List<AgentStatus> path = h.events(CallCentreEvent.AgentStateChanged.class).stream()
                .map(e -> e.to().status()).toList();
        assertThat(path).containsExactly(AgentStatus.AVAILABLE, AgentStatus.RESERVED, AgentStatus.TALKING,
                AgentStatus.WRAP_UP, AgentStatus.AVAILABLE);
    }

    @Test
    void everyTransitionIsAnEventWithItsTimestamp() {
        h.agent("a1", "pensions:5");
        h.advance(Duration.ofSeconds(7));
        h.distributor.startBreak(Harness.id("a1"), BreakReason.MEAL);

        CallCentreEvent.AgentStateChanged last = h.events(CallCentreEvent.AgentStateChanged.class).get(1);
        assertThat(last.at()).isEqualTo(Harness.START.plusSeconds(7));
        assertThat(last.from()).isEqualTo(AgentState.available());
        assertThat(last.to()).isEqualTo(new AgentState.OnBreak(BreakReason.MEAL));
    }

    @Test
    void noAnswerPutsTheAgentOnANoAnswerBreakAndTheCallBackAtTheHead() {
        h.enqueue("first", "pensions");
        h.advance(Duration.ofSeconds(1));
        h.enqueue("second", "pensions");
        h.advance(Duration.ofSeconds(1));
        h.enqueue("third", "pensions");
        h.agent("sleepy", "pensions:5");
        assertThat(h.offeredTo("first")).isEqualTo(Harness.id("sleepy"));

        assertThat(h.unreachable("first", "sleepy", RingFailure.BUSY)).isEqualTo(SignalResult.APPLIED);

        assertThat(h.distributor.agentState(Harness.id("sleepy")))
                .isEqualTo(new AgentState.OnBreak(BreakReason.NO_ANSWER));
        assertThat(h.distributor.positionOf(new CallId("first"))).contains(1);
        assertThat(h.events(CallCentreEvent.OfferFailed.class)).singleElement()
                .extracting(CallCentreEvent.OfferFailed::failure, CallCentreEvent.OfferFailed::reason)
                .containsExactly(RingFailure.BUSY, "busy");
        h.agent("awake", "pensions:5");
        assertThat(h.offeredTo("first")).isEqualTo(Harness.id("awake"));
    }

    @Test
    void aSilentCallSideIsTreatedAsNoAnswerAfterTheRingTimeOutAndGuard() {
        h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");

        h.advance(Duration.ofSeconds(19)); // 15 s ring + 5 s guard
        assertThat(status("a1")).isEqualTo(AgentStatus.RESERVED);
        h.advance(Duration.ofSeconds(1));

        assertThat(h.distributor.agentState(Harness.id("a1"))).isEqualTo(new AgentState.OnBreak(BreakReason.NO_ANSWER));
        assertThat(h.distributor.positionOf(new CallId("c1"))).contains(1);
        assertThat(h.events(CallCentreEvent.OfferFailed.class)).singleElement()
                .extracting(CallCentreEvent.OfferFailed::failure).isEqualTo(RingFailure.NO_ANSWER);
        // the late answer no longer applies
        assertThat(h.answer("c1", "a1")).isEqualTo(SignalResult.STALE);
    }

    @Test
    void wrapUpEndsAutomaticallyAfterTheQueuesLimit() {
        h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");
        h.serve("c1", "a1", Duration.ofSeconds(60));

        h.advance(Duration.ofSeconds(29));
        assertThat(status("a1")).isEqualTo(AgentStatus.WRAP_UP);
        h.advance(Duration.ofSeconds(1));

        assertThat(status("a1")).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(h.events(CallCentreEvent.WrapUpEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.duration()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void wrapUpIsNotCutShortByTheNextWaitingCall() {
        h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");
        h.serve("c1", "a1", Duration.ofSeconds(60));
        h.enqueue("c2", "pensions");

        h.advance(Duration.ofSeconds(10));

        assertThat(status("a1")).isEqualTo(AgentStatus.WRAP_UP);
        assertThat(h.offeredTo("c2")).isNull();
        h.distributor.endWrapUp(Harness.id("a1"));
        assertThat(h.offeredTo("c2")).isEqualTo(Harness.id("a1"));
    }

    @Test
    void anAgentMayEndWrapUpStraightIntoABreak() {
        h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");
        h.serve("c1", "a1", Duration.ofSeconds(60));

        h.distributor.endWrapUp(Harness.id("a1"), BreakReason.REST);
        h.enqueue("c2", "pensions");

        assertThat(h.distributor.agentState(Harness.id("a1"))).isEqualTo(new AgentState.OnBreak(BreakReason.REST));
        assertThat(h.offeredTo("c2")).isNull();
    }

    @Test
    void aBreakKeepsCallsAwayUntilItEnds() {
        h.agent("a1", "pensions:5");
        h.distributor.startBreak(Harness.id("a1"), BreakReason.TRAINING);
        h.enqueue("c1", "pensions");
        assertThat(h.offeredTo("c1")).isNull();

        h.distributor.endBreak(Harness.id("a1"));

        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("a1"));
    }

    @Test
    void illegalTransitionsAreRejectedAndChangeNothing() {
        h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");
        h.answer("c1", "a1");
        int eventsBefore = h.events.size();

        assertThatThrownBy(() -> h.distributor.startBreak(Harness.id("a1"), BreakReason.REST))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a1").hasMessageContaining("TALKING").hasMessageContaining("c1");
        assertThatThrownBy(() -> h.distributor.logOut(Harness.id("a1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> h.distributor.logIn(Harness.id("a1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> h.distributor.endWrapUp(Harness.id("a1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> h.distributor.endBreak(Harness.id("a1"))).isInstanceOf(IllegalStateException.class);

        assertThat(h.distributor.agentState(Harness.id("a1"))).isEqualTo(new AgentState.Talking(new CallId("c1")));
        assertThat(h.events).hasSize(eventsBefore);
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    @Test
    void anAgentWhoSignsInNotReadyIsOfferedNoCallUntilReady() {
        h.distributor.addAgent(new AgentProfile(Harness.id("a2"), "a2", new OrganisationId("efka"),
                Map.of(new SkillId("pensions"), SkillLevel.of(5))));
        h.enqueue("c1", "pensions");

        h.distributor.logIn(Harness.id("a2"), BreakReason.SIGNED_IN);
        assertThat(h.distributor.agentState(Harness.id("a2"))).isEqualTo(new AgentState.OnBreak(BreakReason.SIGNED_IN));
        assertThat(h.events(CallCentreEvent.CallOffered.class)).isEmpty();
        assertThatThrownBy(() -> h.distributor.logIn(Harness.id("a2"), BreakReason.SIGNED_IN))
                .isInstanceOf(IllegalStateException.class);

        h.distributor.endBreak(Harness.id("a2"));
        assertThat(h.distributor.agentState(Harness.id("a2"))).isEqualTo(new AgentState.Reserved(new CallId("c1")));
    }

    @Test
    void aBreakPlannedDuringTheCallStartsWhenTheWrapUpEndsAndTheDispositionIsInItsEvent() {
        AgentId a = h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");
        h.answer("c1", "a1");
        h.distributor.afterCall(a, Optional.of(BreakReason.MEAL));
        h.callerHangsUp("c1");
        h.enqueue("c2", "pensions");

        h.distributor.endWrapUp(a, Optional.of(new Disposition("resolved")));

        assertThat(h.distributor.agentState(a)).isEqualTo(new AgentState.OnBreak(BreakReason.MEAL));
        assertThat(h.events(CallCentreEvent.CallOffered.class)).extracting(e -> e.call().value())
                .containsExactly("c1");
        assertThat(h.events(CallCentreEvent.WrapUpEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.disposition()).contains(new Disposition("resolved")));
    }

    @Test
    void aPlanAppliesWhenTheWrapUpTimeRunsOutTooAndReadyAgainCancelsIt() {
        AgentId a = h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");
        h.answer("c1", "a1");
        h.distributor.signOutAfterCall(a);
        h.callerHangsUp("c1");
        h.advance(Duration.ofSeconds(30));
        assertThat(h.distributor.agentState(a)).isEqualTo(AgentState.loggedOut());
        assertThat(h.events(CallCentreEvent.WrapUpEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.disposition()).isEmpty());

        h.distributor.logIn(a);
        h.enqueue("c2", "pensions");
        h.answer("c2", "a1");
        h.distributor.afterCall(a, Optional.of(BreakReason.REST));
        h.distributor.afterCall(a, Optional.empty());
        h.callerHangsUp("c2");
        h.distributor.endWrapUp(a);
        assertThat(h.distributor.agentState(a)).isEqualTo(AgentState.available());
    }

    @Test
    void aPlanNeedsACallInHand() {
        AgentId a = h.agent("a1", "pensions:5");

        assertThatThrownBy(() -> h.distributor.afterCall(a, Optional.of(BreakReason.REST)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AVAILABLE");
        assertThatThrownBy(() -> h.distributor.signOutAfterCall(a)).isInstanceOf(IllegalStateException.class);
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    @Test
    void anUnknownAgentIsABadArgument() {
        assertThatThrownBy(() -> h.distributor.logIn(Harness.id("ghost")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
    }

    @Test
    void loggingOutIsAllowedFromABreak() {
        h.agent("a1", "pensions:5");
        h.distributor.startBreak(Harness.id("a1"), BreakReason.REST);

        h.distributor.logOut(Harness.id("a1"));

        assertThat(status("a1")).isEqualTo(AgentStatus.LOGGED_OUT);
    }

    @Test
    void aCallerHangingUpWhileTheAgentRingsFreesTheAgent() {
        h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");

        h.callerHangsUp("c1");

        assertThat(status("a1")).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(h.events(CallCentreEvent.CallAbandoned.class)).hasSize(1);
        assertThat(h.answer("c1", "a1")).isEqualTo(SignalResult.NOT_MINE);
    }

    @Test
    void signalsForTheIvrAreNotTheDistributors() {
        assertThat(h.distributor.handle(new CallSignal.DigitPressed(new CallId("x"), '1', Harness.START)))
                .isEqualTo(SignalResult.NOT_MINE);
    }

    @Test
    void anAnswerFromAnotherAgentIsStale() {
        h.agent("a1", "pensions:5");
        h.agent("a2", "pensions:5");
        h.enqueue("c1", "pensions");

        assertThat(h.answer("c1", "a2")).isEqualTo(SignalResult.STALE);
        assertThat(status("a2")).isEqualTo(AgentStatus.AVAILABLE);
    }
}
