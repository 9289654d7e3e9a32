package org.govcc.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillRequirement;

/**
 * Admission of calls to their queues: a caller on the line, a callback a sealed line's caller consented to, or a
 * callback taken back after a restart. A call is refused when its queue is full; an admitted one is ranked,
 * estimated, published and offered at once if an agent can take it. Runs under the distributor's lock (it takes it).
 */
final class CallIntake {

    private final CallDistributor distributor;
    private final DistributorLock lock;
    private final TimeLine time;
    private final DistributorConfig config;
    private final Map<CallId, CallEntry> calls;
    private final Function<QueueId, QueueState> queues;
    private final Widening widening;
    private final Sequence sequence;
    private final Callbacks callbacks;

    CallIntake(CallDistributor distributor, DistributorLock lock, TimeLine time, DistributorConfig config,
               Map<CallId, CallEntry> calls, Function<QueueId, QueueState> queues, Widening widening,
               Sequence sequence, Callbacks callbacks) {
        this.distributor = distributor;
        this.lock = lock;
        this.time = time;
        this.config = config;
        this.calls = calls;
        this.queues = queues;
        this.widening = widening;
        this.sequence = sequence;
        this.callbacks = callbacks;
    }

    /**
     * Where a callback dials: a number, or a sealed line's sealed number inside the window the caller chose. One of
     * the two numbers is set.
     */
    record CallbackTo(PhoneNumber number, SealedNumber sealed, CallbackWindow window, boolean announce) {
        static CallbackTo number(PhoneNumber number) {
            return new CallbackTo(Require.nonNull(number, "number"), null, null, false);
        }

        /** A consented callback; {@code announce}: a new one (not one taken back after a restart) is published. */
        static CallbackTo sealed(SealedNumber sealed, CallbackWindow window, boolean announce) {
            return new CallbackTo(null, Require.nonNull(sealed, "number"), Require.nonNull(window, "window"),
                    announce);
        }
    }

    /** Queues {@code request}; a callback to {@code callbackTo} (null for a caller on the line) since {@code since}. */
    Admission admit(QueuedCall request, CallbackTo callbackTo, Instant since) {
        Require.nonNull(request, "request");
        for (SkillRequirement r : request.requirements()) {
            DistributorConfig.requireKnown(config.skills(), r.skill(), "requirements of call " + request.call().id());
        }
        return lock.locked(() -> {
            QueueState q = queues.apply(request.queue());
            Call call = request.call();
            if (calls.containsKey(call.id())) {
                throw new IllegalArgumentException("call " + call.id() + " is already held by the distributor");
            }
            if (q.waiting >= q.config.maxWaiting()) {
                return new Admission.Refused("queue " + q.config.id() + " is full (" + q.waiting + " calls waiting)");
            }
            Instant now = time.now();
            Instant from = since == null || since.isAfter(now) ? now : since;
            WaitEstimate estimate = QueueStatistics.estimate(q, request.priority());
            List<SkillRequirement> base = request.requirements().isEmpty()
                    ? q.config.requirements() : request.requirements();
            CallEntry e = new CallEntry(call, q, request.priority(), List.of(base), request.variables(), from,
                    time.micros(from), sequence.next());
            e.predicted = estimate.expectedWait();
            if (callbackTo != null) {
                e.callback = true;
                e.callbackNumber = callbackTo.number();
                e.sealedNumber = callbackTo.sealed();
                e.window = callbackTo.window();
            }
            calls.put(call.id(), e);
            q.offered++;
            e.queue.addWaiting(e);
            boolean newCallback = callbackTo != null && callbackTo.announce();
            if (newCallback) {
                q.callbacksRequested++;
            }
            if (lock.observed() && callbackTo == null) {
                lock.emit(new CallCentreEvent.CallQueued(now, call.id(), q.config.id(), request.priority(),
                        estimate.position()));
            } else if (lock.observed() && newCallback) {
                lock.emit(new CallCentreEvent.CallbackScheduled(now, call, q.config.id(), callbackTo.sealed(),
                        callbackTo.window()));
            }
            widening.schedule(e);
            if (e.window != null) {
                callbacks.watchWindow(e);
            }
            distributor.tryRouteCall(e);
            boolean offered = e.state != CallEntry.State.WAITING;
            return new Admission.Queued(offered ? 0 : estimate.position(), estimate.expectedWait(), offered);
        });
    }
}
