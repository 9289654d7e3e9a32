package org.govcc.reference.desk;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TopicId;

/**
 * What the line's events told of each call in progress, kept from its arrival to its end for the screen pop: the
 * arrival (with no number on a line that keeps none: the SIP edge anonymised it), what the IVR collected, where and
 * since when it waits. Thread-safe; holds only the calls in progress.
 */
final class CallsInHand {

    /**
     * One call as the events told of it.
     *
     * @param call the arrival, as the records saw it
     * @param topic the topic the IVR queued it for, if it did
     * @param variables what the IVR collected
     * @param queue the queue it waits in, once queued
     * @param queuedAt when it was queued
     * @param callback whether the line dials it as a callback
     */
    record Known(Optional<Call> call, Optional<TopicId> topic, CallVariables variables, Optional<QueueId> queue,
                 Optional<Instant> queuedAt, boolean callback) {

        static final Known NOTHING = new Known(Optional.empty(), Optional.empty(), CallVariables.empty(),
                Optional.empty(), Optional.empty(), false);
    }

    private final Map<CallId, Known> calls = new ConcurrentHashMap<>();

    /** Folds {@code event} into what is known of its call. */
    void onEvent(CallCentreEvent event) {
        if (event instanceof CallCentreEvent.CallArrived e) {
            update(e.call().id(), k -> new Known(Optional.of(e.call()), k.topic(), k.variables(), k.queue(),
                    k.queuedAt(), k.callback()));
        } else if (event instanceof CallCentreEvent.IvrFinished e) {
            Optional<TopicId> topic = e.outcome() instanceof IvrOutcome.Queue q ? Optional.of(q.topic())
                    : e.outcome() instanceof IvrOutcome.Callback c ? Optional.of(c.topic()) : Optional.empty();
            update(e.call(), k -> new Known(k.call(), topic, e.outcome().variables(), k.queue(), k.queuedAt(),
                    k.callback()));
        } else if (event instanceof CallCentreEvent.CallQueued e) {
            update(e.call(), k -> new Known(k.call(), k.topic(), k.variables(), Optional.of(e.queue()),
                    Optional.of(e.at()), k.callback()));
        } else if (event instanceof CallCentreEvent.CallbackRequested e) {
            update(e.call(), k -> new Known(k.call(), k.topic(), k.variables(), Optional.of(e.queue()),
                    k.queuedAt().or(() -> Optional.of(e.at())), true));
        } else if (event instanceof CallCentreEvent.CallbackScheduled e) {
            // A consented callback has no arrival: the event brings its call (anonymous, of its sealed line).
            update(e.call().id(), k -> new Known(Optional.of(e.call()), k.topic(), k.variables(),
                    Optional.of(e.queue()), Optional.of(e.at()), true));
        } else if (event instanceof CallCentreEvent.CallEnded e) {
            calls.remove(e.call());
        } else if (event instanceof CallCentreEvent.CallRejected e) {
            calls.remove(e.call());
        }
    }

    /** Returns what is known of {@code call}. */
    Known of(CallId call) {
        return calls.getOrDefault(call, Known.NOTHING);
    }

    /** Returns how many calls are held (for tests). */
    int size() {
        return calls.size();
    }

    private void update(CallId call, java.util.function.UnaryOperator<Known> change) {
        calls.compute(call, (id, known) -> change.apply(known == null ? Known.NOTHING : known));
    }
}
