package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.CallSignal;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.junit.jupiter.api.Test;

/** A sealed line's callback, consented to by its caller: dialled sealed, only inside the caller's safe time. */
class ConsentedCallbackTest {

    private static final SealedNumber SEALED = new SealedNumber("R1MBAAGsealedNumberToken0123456789");
    private static final LineId LINE = new LineId("complaints");
    private static final QueueId QUEUE = new QueueId("complaints");

    private final Harness h = new Harness(Harness.config(
            QueueConfig.builder("complaints").requires("complaints", 1).wrapUp(Duration.ZERO)
                    .callbacks(CallbackPolicy.allowed(3, Duration.ofMinutes(10))).build(),
            QueueConfig.builder("no-callbacks").requires("complaints", 1)
                    .callbacks(CallbackPolicy.forbidden()).build()));

    private static QueuedCall callback(String id) {
        Call call = Call.inbound(new CallId(id), LINE, CallerId.anonymous(), Language.GREEK, Harness.START);
        return QueuedCall.of(call, QUEUE, Priority.of(100));
    }

    private CallbackWindow window(Duration from, Duration until) {
        Instant now = h.clock.instant();
        return new CallbackWindow(now.plus(from), now.plus(until));
    }

    private Admission schedule(String id, CallbackWindow window) {
        return h.distributor.scheduleCallback(callback(id), SEALED, window, h.clock.instant(), false);
    }

    @Test
    void itWaitsForTheSafeTimeThenDialsTheSealedNumberWithTheReservedOfficer() {
        h.agent("officer", "complaints:5");
        assertThat(schedule("cb", window(Duration.ofHours(2), Duration.ofHours(3))))
                .isInstanceOf(Admission.Queued.class);
        assertThat(h.distributor.statistics().queues().get(0).callbacksRequested()).isEqualTo(1);
        assertThat(h.events(CallCentreEvent.CallbackScheduled.class)).singleElement().satisfies(e -> {
            assertThat(e.call().id()).isEqualTo(new CallId("cb"));
            assertThat(e.call().line()).isEqualTo(LINE);
            assertThat(e.number()).isEqualTo(SEALED);
        });

        h.advance(Duration.ofMinutes(119));
        assertThat(h.control.commands()).as("not before the caller's safe time").isEmpty();
        assertThat(h.distributor.agentState(Harness.id("officer")).status()).isEqualTo(AgentStatus.AVAILABLE);

        h.advance(Duration.ofMinutes(1));
        assertThat(h.control.of("dial-sealed")).singleElement()
                .satisfies(c -> assertThat(c.call()).isEqualTo(new CallId("cb")));
        assertThat(h.control.sealedDials()).containsExactly(SEALED);
        assertThat(h.control.of("dial")).as("never as a number in clear").isEmpty();
        assertThat(h.distributor.agentState(Harness.id("officer")).status()).isEqualTo(AgentStatus.RESERVED);

        h.distributor.handle(new CallSignal.CitizenAnswered(new CallId("cb"), h.clock.instant()));
        assertThat(h.offeredTo("cb")).isEqualTo(Harness.id("officer"));
    }

    @Test
    void aCallbackNotMadeWhenItsWindowClosesIsGivenUpNeverDialledLate() {
        schedule("cb", window(Duration.ofMinutes(5), Duration.ofMinutes(35)));
        h.advance(Duration.ofMinutes(36)); // no officer free the whole window

        assertThat(h.distributor.heldCalls()).isZero();
        assertThat(h.events(CallCentreEvent.CallEnded.class)).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("safe time ended");
            assertThat(e.kind()).isEqualTo(org.govcc.api.call.EndReason.CALLBACK_WINDOW_CLOSED);
        });
        assertThat(h.distributor.statistics().queues().get(0).callbacksFailed()).isEqualTo(1);

        h.agent("officer", "complaints:5");
        assertThat(h.control.commands()).isEmpty();
    }

    @Test
    void failedAttemptsAreRetriedOnlyWhileTheWindowLasts() {
        h.agent("officer", "complaints:5");
        schedule("cb", window(Duration.ZERO, Duration.ofMinutes(15)));
        assertThat(h.control.of("dial-sealed")).hasSize(1);

        h.distributor.handle(new CallSignal.DialFailed(new CallId("cb"), "no answer", h.clock.instant()));
        h.advance(Duration.ofMinutes(10));
        assertThat(h.control.of("dial-sealed")).as("the retry at 10 min is inside the window").hasSize(2);

        h.distributor.handle(new CallSignal.DialFailed(new CallId("cb"), "no answer", h.clock.instant()));
        assertThat(h.distributor.heldCalls()).as("a third try at 20 min would be after the window").isZero();
        assertThat(h.events(CallCentreEvent.CallEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("after 2 attempts").contains("safe time"));
        assertThat(h.distributor.agentState(Harness.id("officer")).status()).isEqualTo(AgentStatus.AVAILABLE);
    }

    @Test
    void aRestoredCallbackAnnouncesNothingNewAndStillKeepsItsWindow() {
        h.agent("officer", "complaints:5");
        Admission restored = h.distributor.scheduleCallback(callback("cb"), SEALED,
                window(Duration.ofMinutes(30), Duration.ofHours(1)), Harness.START, true);

        assertThat(restored).isInstanceOf(Admission.Queued.class);
        assertThat(h.events(CallCentreEvent.CallbackScheduled.class)).isEmpty();
        assertThat(h.control.commands()).isEmpty();
        h.advance(Duration.ofMinutes(30));
        assertThat(h.control.of("dial-sealed")).hasSize(1);
    }

    @Test
    void itIsRefusedWhenTheWindowIsOverTheQueueHasNoCallbacksOrTheLineCannotDialSealedNumbers() {
        h.advance(Duration.ofHours(1));
        CallbackWindow past = new CallbackWindow(Harness.START, Harness.START.plusSeconds(60));
        assertThat(schedule("late", past)).isInstanceOfSatisfying(Admission.Refused.class,
                r -> assertThat(r.reason()).contains("window closed"));

        Call call = Call.inbound(new CallId("other"), LINE, CallerId.anonymous(), Language.GREEK, Harness.START);
        assertThat(h.distributor.scheduleCallback(QueuedCall.of(call, new QueueId("no-callbacks"), Priority.NORMAL),
                SEALED, window(Duration.ZERO, Duration.ofHours(1)), h.clock.instant(), false))
                .isInstanceOfSatisfying(Admission.Refused.class,
                        r -> assertThat(r.reason()).contains("does not offer callbacks"));

        h.control.cannotDialSealedNumbers();
        assertThat(schedule("cb", window(Duration.ZERO, Duration.ofHours(1))))
                .isInstanceOfSatisfying(Admission.Refused.class,
                        r -> assertThat(r.reason()).contains("cannot dial a sealed number"));
        assertThat(h.distributor.heldCalls()).isZero();
        assertThat(h.events(CallCentreEvent.CallbackScheduled.class)).isEmpty();
    }
}
