package org.govcc.routing;

import org.govcc.api.agent.AgentState;

/**
 * Matches waiting calls with available agents: a call that starts waiting is offered to the agent its queue's
 * strategy picks; an agent who becomes available gets the best call it can serve (the highest queue tier, then the
 * highest effective priority, then the longest waiting). A callback parked until its queue's opening is passed over.
 * Runs under the distributor's lock.
 */
final class Matching {

    private final QueueState[] queues;
    private final AvailableAgents available;
    private final TimeLine time;
    private final Callbacks callbacks;
    private final Offers offers;

    Matching(QueueState[] queues, AvailableAgents available, TimeLine time, Callbacks callbacks, Offers offers) {
        this.queues = queues;
        this.available = available;
        this.time = time;
        this.callbacks = callbacks;
        this.offers = offers;
    }

    /** Offers waiting call {@code e} to the agent its queue's strategy picks, if any can take it now. */
    void routeCall(CallEntry e) {
        if (available.isEmpty() || e.state != CallEntry.State.WAITING) {
            return;
        }
        AgentRecord a = available.choose(e, time.today(time.now()));
        if (a == null) {
            return;
        }
        if (e.callback && !e.citizenOnLine && !callbacks.mayDialNow(e)) {
            return;
        }
        offers.offer(e, a);
    }

    /** Offers available agent {@code a} the best waiting call it can serve, if any. */
    void routeAgent(AgentRecord a) {
        while (a.state == AgentState.available()) {
            CallEntry best = null;
            double bestEff = 0;
            long now = time.micros(time.now());
            for (QueueState q : queues) {
                for (Lane lane : q.lanes.values()) {
                    if (!a.meetsAny(lane.alternatives)) {
                        continue;
                    }
                    CallEntry head = lane.entries.first();
                    double eff = head.effective(now);
                    if (best == null || better(head, eff, best, bestEff)) {
                        best = head;
                        bestEff = eff;
                    }
                }
            }
            if (best == null) {
                return;
            }
            if (best.callback && !best.citizenOnLine && !callbacks.mayDialNow(best)) {
                continue; // parked until the opening; look again
            }
            offers.offer(best, a);
            return;
        }
    }

    private static boolean better(CallEntry a, double effA, CallEntry b, double effB) {
        if (a.queue.tier != b.queue.tier) {
            return a.queue.tier > b.queue.tier;
        }
        if (effA != effB) {
            return effA > effB;
        }
        if (a.sinceMicros != b.sinceMicros) {
            return a.sinceMicros < b.sinceMicros;
        }
        return a.seq < b.seq;
    }
}
