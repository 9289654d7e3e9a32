package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.call.CallId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.CallSignal;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.schedule.ClosureReason;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;
import org.junit.jupiter.api.Test;

class CallbackTest {

    private static final PhoneNumber NUMBER = new PhoneNumber("+306900000001");
    private static final ScheduleId HOURS = new ScheduleId("main-hours");

    /** Open from START until {@code closesAt}, then closed until {@code opensAt}. */
    private static final class FakeSchedule implements ServiceSchedule {
        Instant closesAt = Harness.START.plus(Duration.ofHours(12));
        Instant opensAt = Harness.START.plus(Duration.ofHours(24));

        @Override
        public String id() {
            return "fake-hours";
        }

        @Override
        public Set<ScheduleId> schedules() {
            return Set.of(HOURS);
        }

        @Override
        public ServiceStatus statusAt(ScheduleId schedule, Instant at) {
            if (!at.isBefore(closesAt) && at.isBefore(opensAt)) {
                return new ServiceStatus.Closed(ClosureReason.OUTSIDE_HOURS, Optional.empty(), Optional.of(opensAt));
            }
            return new ServiceStatus.Open(Optional.of(closesAt));
        }
    }

    private final FakeSchedule hours = new FakeSchedule();
    private final Harness h = new Harness(Harness.config(
            QueueConfig.builder("pensions").requires("pensions", 1).wrapUp(Duration.ZERO).schedule(HOURS)
                    .callbacks(CallbackPolicy.allowed(2, Duration.ofMinutes(10))).build(),
            QueueConfig.builder("complaints").requires("complaints", 1).neverOvertaken(true)
                    .callbacks(CallbackPolicy.forbidden()).build()), hours);

    private void dialFails(String call) {
        h.distributor.handle(new CallSignal.DialFailed(new CallId(call), "busy", h.clock.instant()));
    }

    @Test
    void aCallbackKeepsItsPlaceAndReservesTheAgentBeforeDialling() {
        h.enqueue("first", "pensions");
        h.advance(Duration.ofSeconds(10));
        h.enqueue("second", "pensions");
        CallbackAnswer answer = h.distributor.requestCallback(new CallId("first"), NUMBER);
        assertThat(answer).isEqualTo(new CallbackAnswer.Accepted(1));
        assertThat(h.callerHangsUp("first")).isEqualTo(SignalResult.STALE); // inbound leg ends, place kept

        h.agent("a1", "pensions:5");

        assertThat(h.distributor.agentState(Harness.id("a1")).status()).isEqualTo(AgentStatus.RESERVED);
        assertThat(h.control.of("dial")).singleElement().satisfies(c -> {
            assertThat(c.call()).isEqualTo(new CallId("first"));
            assertThat(c.number()).isEqualTo(NUMBER);
        });
        assertThat(h.events(CallCentreEvent.CallbackDialled.class)).singleElement()
                .satisfies(e -> assertThat(e.attempt()).isEqualTo(1));
        assertThat(h.offeredTo("second")).isNull();
    }

    @Test
    void aCallbackTakenBackAfterARestartIsDialledBeforeLaterCallsAndAnnouncesNothingNew() {
        h.advance(Duration.ofMinutes(30));
        h.enqueue("later", "pensions");
        Admission restored = h.distributor.restoreCallback(QueuedCall.of(Harness.call("before-restart"),
                new QueueId("pensions"), Priority.NORMAL), NUMBER, Harness.START.plus(Duration.ofMinutes(5)));
        assertThat(restored).isInstanceOf(Admission.Queued.class);
        assertThat(h.distributor.positionOf(new CallId("before-restart"))).as("asked before 'later' arrived")
                .contains(1);

        h.agent("a1", "pensions:5");

        assertThat(h.control.of("dial")).singleElement().satisfies(c -> {
            assertThat(c.call()).isEqualTo(new CallId("before-restart"));
            assertThat(c.number()).isEqualTo(NUMBER);
        });
        assertThat(h.offeredTo("later")).isNull();
        assertThat(h.events(CallCentreEvent.CallQueued.class)).extracting(CallCentreEvent.CallQueued::call)
                .containsExactly(new CallId("later"));
        assertThat(h.events(CallCentreEvent.CallbackRequested.class)).isEmpty();
        h.distributor.handle(new CallSignal.CitizenAnswered(new CallId("before-restart"), h.clock.instant()));
        assertThat(h.offeredTo("before-restart")).isEqualTo(Harness.id("a1"));
    }

    @Test
    void aCallbackTakenBackWhileTheServiceIsClosedWaitsForTheOpening() {
        h.advance(Duration.ofHours(12).plusMinutes(5)); // closed now
        h.agent("night-agent", "pensions:5");
        h.distributor.restoreCallback(QueuedCall.of(Harness.call("cb"), new QueueId("pensions"), Priority.NORMAL),
                NUMBER, Harness.START);
        assertThat(h.control.of("dial")).isEmpty();

        h.advance(Duration.ofHours(12));

        assertThat(h.control.of("dial")).hasSize(1);
    }

    @Test
    void whenTheCitizenAnswersTheReservedAgentIsConnected() {
        h.enqueue("c1", "pensions");
        h.distributor.requestCallback(new CallId("c1"), NUMBER);
        h.agent("a1", "pensions:5");

        h.distributor.handle(new CallSignal.CitizenAnswered(new CallId("c1"), h.clock.instant()));
        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("a1"));
        h.answer("c1", "a1");

        assertThat(h.distributor.agentState(Harness.id("a1")).status()).isEqualTo(AgentStatus.TALKING);
        assertThat(h.distributor.statistics().queues().get(0).callbacksConnected()).isEqualTo(1);
    }

    @Test
    void aFailedDialIsRetriedLaterFromTheSamePlace() {
        h.enqueue("cb", "pensions");
        h.distributor.requestCallback(new CallId("cb"), NUMBER);
        h.agent("a1", "pensions:5");
        dialFails("cb");
        assertThat(h.distributor.agentState(Harness.id("a1")).status()).isEqualTo(AgentStatus.AVAILABLE);

        h.enqueue("later", "pensions");      // the callback waits for its retry: "later" gets a1
        assertThat(h.offeredTo("later")).isEqualTo(Harness.id("a1"));
        h.answer("later", "a1");
        h.advance(Duration.ofMinutes(11));    // the retry falls due at 10 min: back in its old place
        h.enqueue("newer", "pensions");

        h.agentHangsUp("later", "a1");

        assertThat(h.control.of("dial")).hasSize(2);
        assertThat(h.events(CallCentreEvent.CallbackDialled.class)).extracting(CallCentreEvent.CallbackDialled::attempt)
                .containsExactly(1, 2);
        assertThat(h.distributor.positionOf(new CallId("newer"))).contains(1);
    }

    @Test
    void aCallbackIsGivenUpAfterItsLastAttempt() {
        h.enqueue("cb", "pensions");
        h.distributor.requestCallback(new CallId("cb"), NUMBER);
        h.agent("a1", "pensions:5");
        dialFails("cb");
        h.advance(Duration.ofMinutes(10));
        dialFails("cb");

        assertThat(h.distributor.heldCalls()).isZero();
        assertThat(h.events(CallCentreEvent.CallEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("callback failed after 2 attempts"));
        assertThat(h.distributor.statistics().queues().get(0).callbacksFailed()).isEqualTo(1);
    }

    @Test
    void callbacksAreDialledOnlyInServiceHours() {
        h.advance(Duration.ofHours(12).plusMinutes(5)); // closed now
        h.enqueue("cb", "pensions");
        h.distributor.requestCallback(new CallId("cb"), NUMBER);

        h.agent("night-agent", "pensions:5");
        assertThat(h.control.of("dial")).isEmpty();
        assertThat(h.distributor.agentState(Harness.id("night-agent")).status()).isEqualTo(AgentStatus.AVAILABLE);

        h.advance(Duration.ofHours(12)); // reopens at START + 24 h

        assertThat(h.control.of("dial")).hasSize(1);
    }

    @Test
    void theConfidentialLineNeverOffersCallbacks() {
        h.enqueue("complaint", "complaints", 100);

        CallbackAnswer answer = h.distributor.requestCallback(new CallId("complaint"), NUMBER);

        assertThat(answer.accepted()).isFalse();
        assertThat(((CallbackAnswer.Refused) answer).reason()).contains("does not offer callbacks");
        assertThat(h.distributor.positionOf(new CallId("complaint"))).contains(1);
    }

    @Test
    void aCallThatIsNotWaitingCannotAskForACallback() {
        h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");

        assertThat(h.distributor.requestCallback(new CallId("c1"), NUMBER).accepted()).isFalse();
        assertThat(h.distributor.requestCallback(new CallId("nobody"), NUMBER).accepted()).isFalse();
    }
}
