package org.govcc.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.call.CallId;
import org.govcc.api.control.CallControl;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.TransferTarget;

/**
 * Agents' transfers of the call they are talking on: the agent's leg is released (the caller stays on the line), the
 * agent goes to wrap-up as after any conversation, and the call goes on, with its variables, to another queue or to
 * one available agent. Runs under the distributor's lock.
 *
 * <p><b>Place.</b> A call sent to another queue keeps its original arrival as its rank there, so it is served ahead of
 * every call of its priority that reached the line after it: the caller already waited once and should not queue
 * again from the back. It takes the target queue's configured priority and requirements (its first topic's no longer
 * apply), and its waiting there is counted from the transfer, so the target's statistics do not count the first
 * conversation as waiting. A call sent to an agent stays in its queue; if that agent does not answer, the offer fails
 * as any other (the agent goes on a no-answer break) and the call takes back the place its arrival gives it.
 */
final class Transfers {

    private final CallDistributor distributor;
    private final DistributorLock lock;
    private final TimeLine time;
    private final CallControl control;
    private final Offers offers;
    private final WrapUps wrapUps;
    private final Widening widening;
    private final Map<CallId, CallEntry> calls;
    private final Holds holds;

    Transfers(CallDistributor distributor, DistributorLock lock, TimeLine time, CallControl control, Offers offers,
              WrapUps wrapUps, Widening widening, Map<CallId, CallEntry> calls, Holds holds) {
        this.holds = holds;
        this.distributor = distributor;
        this.lock = lock;
        this.time = time;
        this.control = control;
        this.offers = offers;
        this.wrapUps = wrapUps;
        this.widening = widening;
        this.calls = calls;
    }

    /** Sends connected call {@code e}, which {@code by} is talking on, to {@code target}'s queue. */
    TransferAnswer toQueue(CallEntry e, AgentRecord by, QueueState target) {
        if (target.waiting >= target.config.maxWaiting()) {
            return new TransferAnswer.Refused(TransferAnswer.Reason.QUEUE_FULL);
        }
        if (!control.releasesAgents()) {
            return new TransferAnswer.Refused(TransferAnswer.Reason.NOT_SUPPORTED);
        }
        Instant now = time.now();
        CallId id = e.call.id();
        // A new entry, since an entry's queue fixes its rank keys; the old one is retired without a CallEnded.
        CallEntry moved = new CallEntry(e.call, target, target.config.priority(),
                List.of(target.config.requirements()), e.variables, e.since, e.sinceMicros, e.seq);
        moved.waitFrom = now;
        moved.waitFromMicros = time.micros(now);
        moved.predicted = QueueStatistics.estimate(target, moved.priority).expectedWait();
        moved.citizenOnLine = true;
        if (e.urgent) {
            moved.markUrgent();
        }
        e.state = CallEntry.State.ENDED;
        calls.put(id, moved);
        target.offered++;
        released(now, e, by, new TransferTarget.ToQueue(target.config.id()));
        target.addWaiting(moved);
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.CallQueued(now, id, target.config.id(), moved.priority,
                    target.positionOf(moved)));
        }
        widening.schedule(moved);
        // Routed before the first agent leaves: with no wrap-up time, they would otherwise take the call straight back.
        distributor.tryRouteCall(moved);
        wrapUps.leave(e, by);
        return new TransferAnswer.Transferred();
    }

    /** Sends connected call {@code e}, which {@code by} is talking on, to {@code target}, who must be available. */
    TransferAnswer toAgent(CallEntry e, AgentRecord by, AgentRecord target) {
        if (target.state.status() != AgentStatus.AVAILABLE) {
            return new TransferAnswer.Refused(TransferAnswer.Reason.AGENT_NOT_AVAILABLE);
        }
        if (!control.releasesAgents()) {
            return new TransferAnswer.Refused(TransferAnswer.Reason.NOT_SUPPORTED);
        }
        Instant now = time.now();
        released(now, e, by, new TransferTarget.ToAgent(target.id));
        e.answeredBefore = true;
        e.waitFrom = now;
        e.waitFromMicros = time.micros(now);
        e.state = CallEntry.State.WAITING;
        e.agent = null;
        e.queue.addWaiting(e);
        offers.offer(e, target);
        wrapUps.leave(e, by);
        return new TransferAnswer.Transferred();
    }

    /** Records the transfer and releases {@code by}'s leg; the release is issued before any new offer's ring. */
    private void released(Instant now, CallEntry e, AgentRecord by, TransferTarget to) {
        holds.ended(e, by);
        CallId id = e.call.id();
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.CallTransferred(now, id, by.id, to));
        }
        lock.effect(() -> control.releaseAgent(id, by.id));
    }
}
