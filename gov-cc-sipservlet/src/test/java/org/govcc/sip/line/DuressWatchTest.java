package org.govcc.sip.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.DuressCode;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.IgnoringCallControl;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.DistributorConfig;
import org.govcc.routing.ManualClock;
import org.govcc.routing.ManualScheduler;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.QueuedCall;
import org.govcc.sip.CallHandler;
import org.govcc.sip.registrar.RegistrationListener;
import org.junit.jupiter.api.Test;

/**
 * The duress watch with a real distributor and a handler that stands in for the IVR: it queues a call when the
 * caller presses '#', and hears every signal the watch was given.
 */
class DuressWatchTest {

    private static final LineId SEALED = new LineId("complaints");
    private static final LineId MAIN = new LineId("main");
    private static final QueueId QUEUE = new QueueId("complaints");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-25T01:00:00Z"));
    private final CallDistributor distributor = CallDistributor.builder()
            .config(DistributorConfig.of(Set.of("complaints"),
                    List.of(QueueConfig.builder("complaints").requires("complaints", 1).build())))
            .clock(clock).scheduler(new ManualScheduler(clock))
            .callControl(new IgnoringCallControl("test") { }).build();
    private final List<CallCentreEvent> events = new ArrayList<>();
    private final List<CallSignal> handled = new ArrayList<>();
    private final Ivr ivr = new Ivr();
    private final DuressWatch watch = new DuressWatch(ivr, Map.of(SEALED, new DuressCode("5#")), distributor,
            new CallCentreListener() {
                @Override
                public void onEvent(CallCentreEvent event) {
                    events.add(event);
                }
            }, clock);

    /** Queues a call on its first '#'. */
    private final class Ivr implements CallHandler, RegistrationListener {
        final List<Call> started = new ArrayList<>();
        final Set<CallId> queued = new java.util.HashSet<>();

        @Override
        public void callStarted(Call call) {
            started.add(call);
        }

        @Override
        public void onSignal(CallSignal signal) {
            handled.add(signal);
            if (signal instanceof CallSignal.DigitPressed && ((CallSignal.DigitPressed) signal).digit() == '#'
                    && queued.add(signal.call())) {
                Call call = started.stream().filter(c -> c.id().equals(signal.call())).findFirst().orElseThrow();
                distributor.enqueue(new QueuedCall(call, QUEUE, Priority.of(50), List.of(), CallVariables.empty()));
            }
        }
    }

    private CallId start(String id, LineId line) {
        Call call = Call.inbound(new CallId(id), line, CallerId.anonymous(), Language.GREEK, clock.instant());
        watch.callStarted(call);
        return call.id();
    }

    private void press(CallId call, String keys) {
        for (char key : keys.toCharArray()) {
            watch.onSignal(new CallSignal.DigitPressed(call, key, clock.instant()));
        }
    }

    @Test
    void theCodeKeyedWhileWaitingMovesTheCallToTheHeadAndTellsTheSupervisorsOnce() {
        CallId first = start("c1", SEALED);
        press(first, "#");
        CallId second = start("c2", SEALED);
        press(second, "#");
        assertThat(distributor.positionOf(second)).contains(2);

        press(second, "5#5#");

        assertThat(distributor.positionOf(second)).contains(1);
        assertThat(events).containsExactly(new CallCentreEvent.CallMarkedUrgent(clock.instant(), second, SEALED));
        assertThat(handled).as("every key reaches the handler").hasSize(6);
    }

    @Test
    void theCodeKeyedInTheIvrMarksTheCallAsSoonAsItIsQueued() {
        CallId first = start("c1", SEALED);
        press(first, "#");
        CallId second = start("c2", SEALED);

        press(second, "5#"); // the '#' that completes the code is also the key that queues the call

        assertThat(distributor.positionOf(second)).contains(1);
        assertThat(events).hasSize(1);
    }

    @Test
    void aLineWithoutACodeIsNotWatchedAndOtherKeysChangeNothing() {
        CallId main = start("m1", MAIN);
        press(main, "5#");
        CallId sealed = start("c1", SEALED);
        press(sealed, "#1234");

        assertThat(events).isEmpty();
        assertThat(ivr.started).hasSize(2);
    }
}
