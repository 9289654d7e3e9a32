package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.EndReason;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;

/**
 * Callbacks: turning a waiting call into a callback that keeps its place, dialling only in the queue's
 * service hours (otherwise the callback is parked until the next opening), and retrying a failed attempt per
 * the queue's {@link CallbackPolicy}. Every method runs under the distributor's lock; a park timer takes it
 * when it fires.
 */
final class Callbacks {

    private static final System.Logger LOG = System.getLogger(CallDistributor.class.getName());

    private final CallDistributor distributor;
    private final DistributorLock lock;
    private final TimeLine time;
    private final Scheduler scheduler;
    private final ServiceSchedule schedule;

    /** @param schedule the service schedule, or {@code null} when callbacks may be dialled at any time */
    Callbacks(CallDistributor distributor, DistributorLock lock, TimeLine time, Scheduler scheduler,
              ServiceSchedule schedule) {
        this.distributor = distributor;
        this.lock = lock;
        this.time = time;
        this.scheduler = scheduler;
        this.schedule = schedule;
    }

    /** Turns held call {@code e} (or {@code null} when {@code call} is not held) into a callback to {@code number}. */
    CallbackAnswer request(CallId call, CallEntry e, PhoneNumber number) {
        if (e == null) {
            return new CallbackAnswer.Refused("call " + call + " is not held by the distributor");
        }
        if (!e.queue.config.callbacks().allowed()) {
            return new CallbackAnswer.Refused("queue " + e.queue.config.id() + " does not offer callbacks");
        }
        if (e.state != CallEntry.State.WAITING || e.callback) {
            return new CallbackAnswer.Refused("call " + call + " is not waiting for an agent");
        }
        e.callback = true;
        e.callbackNumber = number;
        e.queue.callbacksRequested++;
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.CallbackRequested(time.now(), call, e.queue.config.id(), number));
        }
        return new CallbackAnswer.Accepted(e.queue.positionOf(e));
    }

    /** The citizen of an offered callback could not be dialled. */
    SignalResult dialFailed(CallEntry e, String reason) {
        if (e.state != CallEntry.State.OFFERED || !e.callback || e.citizenOnLine) {
            return SignalResult.STALE;
        }
        attemptFailed(e, reason);
        return SignalResult.APPLIED;
    }

    /**
     * Ends a callback attempt that did not reach the citizen: the reserved agent is freed, and the callback is
     * parked for the policy's retry delay, or ended once the attempts are used up.
     */
    void attemptFailed(CallEntry e, String reason) {
        AgentRecord a = e.agent;
        a.call = null;
        e.agent = null;
        e.attempts++;
        CallbackPolicy policy = e.queue.config.callbacks();
        if (e.attempts >= policy.maxAttempts()) {
            e.queue.callbacksFailed++;
            distributor.end(e, EndReason.CALLBACK_FAILED, "callback failed after " + e.attempts + " attempts: "
                    + reason);
        } else if (e.window != null && e.window.isOverAt(time.now().plus(policy.retryDelay()))) {
            e.queue.callbacksFailed++;
            distributor.end(e, EndReason.CALLBACK_FAILED, "callback failed after " + e.attempts + " attempts, the"
                    + " caller's safe time ends before the next: " + reason);
        } else {
            park(e, policy.retryDelay());
        }
        distributor.becomeAvailable(a);
    }

    /**
     * Returns whether callback {@code e} may be dialled now; if its queue's service is closed, parks it until the
     * next opening (an hour when none is known, 15 minutes when the schedule fails) and returns {@code false}.
     */
    boolean mayDialNow(CallEntry e) {
        Instant now = time.now();
        if (e.window != null && !e.window.contains(now)) {
            // Before the caller's safe time: parked until it opens. After it: parked until the window's timer ends it.
            park(e, e.window.isOverAt(now) ? Duration.ofDays(1) : Duration.between(now, e.window.from()));
            return false;
        }
        Optional<ScheduleId> id = e.queue.config.schedule();
        if (id.isEmpty() || schedule == null) {
            return true;
        }
        ServiceStatus status;
        try {
            status = schedule.statusAt(id.get(), now);
        } catch (RuntimeException ex) {
            LOG.log(System.Logger.Level.WARNING, "service schedule failed; callback " + e.call.id()
                    + " waits 15 minutes", ex);
            park(e, Duration.ofMinutes(15));
            return false;
        }
        if (status.isOpen()) {
            return true;
        }
        Optional<Instant> next = ((ServiceStatus.Closed) status).nextOpening();
        park(e, next.map(n -> Duration.between(now, n)).orElse(Duration.ofHours(1)));
        return false;
    }

    /**
     * Arms the end of consented callback {@code e} at the close of its window: one still waiting or parked then is
     * given up, never dialled late. An attempt already ringing the caller goes on to its answer or failure.
     */
    void watchWindow(CallEntry e) {
        Duration left = Duration.between(time.now(), e.window.until());
        e.windowTimer = scheduler.schedule(left.isNegative() ? Duration.ZERO : left, () -> lock.locked(() -> {
            if (e.state == CallEntry.State.WAITING || e.state == CallEntry.State.PARKED) {
                if (e.state == CallEntry.State.WAITING) {
                    e.queue.removeWaiting(e);
                }
                e.queue.callbacksFailed++;
                distributor.end(e, EndReason.CALLBACK_WINDOW_CLOSED, "callback given up: the caller's safe time"
                        + " ended at " + e.window.until() + " after " + e.attempts + " attempts");
            }
            return null;
        }));
    }

    /** Takes {@code e} out of its lane for {@code delay}; then it waits again in the place it held and is routed. */
    private void park(CallEntry e, Duration delay) {
        if (e.state == CallEntry.State.WAITING) {
            e.queue.removeWaiting(e);
        }
        e.state = CallEntry.State.PARKED;
        e.parkTimer = scheduler.schedule(delay, () -> lock.locked(() -> {
            if (e.state == CallEntry.State.PARKED) {
                e.queue.addWaiting(e);
                distributor.tryRouteCall(e);
            }
            return null;
        }));
    }
}
