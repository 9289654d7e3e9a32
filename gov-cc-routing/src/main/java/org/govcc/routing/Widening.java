package org.govcc.routing;

import java.util.ArrayList;
import java.util.List;
import org.govcc.api.routing.SkillRequirement;

/**
 * The widening steps of waiting calls ({@link RoutingStep}): one timer per step of the call's queue from the
 * moment it is queued; when a step is due the call's requirements widen, a waiting call moves to the lane of its
 * new requirements (keeping its rank) and is routed again. Runs under the distributor's lock; a step timer takes
 * it when it fires.
 */
final class Widening {

    private final CallDistributor distributor;
    private final DistributorLock lock;
    private final Scheduler scheduler;

    Widening(CallDistributor distributor, DistributorLock lock, Scheduler scheduler) {
        this.distributor = distributor;
        this.lock = lock;
        this.scheduler = scheduler;
    }

    /** Starts the step timers of newly queued call {@code e}. */
    void schedule(CallEntry e) {
        List<RoutingStep> steps = e.queue.config.steps();
        if (steps.isEmpty()) {
            return;
        }
        e.stepTimers = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            int step = i + 1;
            e.stepTimers.add(scheduler.schedule(steps.get(i).after(), () -> widen(e, step)));
        }
    }

    /** Cancels the step timers of {@code e} (connected or ended: its requirements no longer matter). */
    static void cancel(CallEntry e) {
        if (e.stepTimers != null) {
            for (Cancellable c : e.stepTimers) {
                c.cancel();
            }
            e.stepTimers = null;
        }
    }

    /** Applies every step up to {@code step} not applied yet, unless the call is connected or gone. */
    private void widen(CallEntry e, int step) {
        lock.locked(() -> {
            if (e.state == CallEntry.State.ENDED || e.state == CallEntry.State.CONNECTED || e.step >= step) {
                return null;
            }
            List<List<SkillRequirement>> alts = e.alternatives;
            for (int i = e.step; i < step; i++) {
                alts = e.queue.config.steps().get(i).apply(alts);
            }
            boolean waiting = e.state == CallEntry.State.WAITING;
            if (waiting) {
                e.queue.removeWaiting(e);
            }
            e.step = step;
            e.alternatives = alts;
            if (waiting) {
                e.queue.addWaiting(e);
                distributor.tryRouteCall(e);
            }
            return null;
        });
    }
}
