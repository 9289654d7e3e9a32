package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.agent.Disposition;
import org.govcc.api.call.EndReason;
import org.govcc.api.event.CallCentreEvent;

/**
 * The end of a conversation: its talk time is counted, the call ends, the agent goes to wrap-up, and the
 * wrap-up ends by the agent or after the queue's limit (at once when the limit is zero); its time and the
 * handle time are counted. Runs under the distributor's lock; the wrap-up timer takes it when it fires.
 */
final class WrapUps {

    private final CallDistributor distributor;
    private final DistributorLock lock;
    private final TimeLine time;
    private final Scheduler scheduler;
    private final Holds holds;

    WrapUps(CallDistributor distributor, DistributorLock lock, TimeLine time, Scheduler scheduler, Holds holds) {
        this.distributor = distributor;
        this.lock = lock;
        this.time = time;
        this.scheduler = scheduler;
        this.holds = holds;
    }

    /** Ends connected call {@code e} for {@code kind} ({@code reason} in words) and puts its agent in wrap-up. */
    void endConversation(CallEntry e, EndReason kind, String reason) {
        AgentRecord a = e.agent;
        holds.ended(e, a); // before the call's end: a hold belongs to the conversation
        distributor.end(e, kind, reason);
        leave(e, a);
    }

    /**
     * Ends agent {@code a}'s conversation on connected call {@code e} and puts the agent in wrap-up; the call itself
     * is the caller's business (ended, or transferred on). A hold of the call was ended before, by whoever ended or
     * transferred the call, so that {@code HoldEnded} comes before {@code CallEnded} or {@code CallTransferred}.
     */
    void leave(CallEntry e, AgentRecord a) {
        Instant now = time.now();
        QueueState q = e.queue;
        long talk = time.micros(now) - time.micros(e.connectedAt);
        QueueStatistics.talked(q, talk);
        a.call = null;
        a.lastTalkMicros = talk;
        a.wrapQueue = q;
        a.wrapCall = e.call.id();
        a.wrapStart = now;
        distributor.move(a, new AgentState.WrapUp(e.call.id()));
        Duration wrap = q.config.wrapUp();
        if (wrap.isZero()) {
            finish(a, null, Optional.empty());
        } else {
            long token = a.token;
            a.timer = scheduler.schedule(wrap, () -> lock.locked(() -> {
                if (a.token == token && a.state.status() == AgentStatus.WRAP_UP) {
                    finish(a, null, Optional.empty());
                }
                return null;
            }));
        }
    }

    /**
     * Ends the wrap-up of {@code a}, with what the agent recorded: then a break for {@code thenBreak}, or when it is
     * {@code null} what the agent planned (available by default).
     */
    void finish(AgentRecord a, BreakReason thenBreak, Optional<Disposition> disposition) {
        Instant now = time.now();
        QueueState q = a.wrapQueue;
        long wrap = time.micros(now) - time.micros(a.wrapStart);
        QueueStatistics.wrappedUp(q, wrap, a.lastTalkMicros);
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.WrapUpEnded(now, a.id, a.wrapCall, Duration.ofNanos(wrap * 1000),
                    disposition));
        }
        a.wrapQueue = null;
        a.wrapCall = null;
        if (thenBreak != null) {
            distributor.move(a, new AgentState.OnBreak(thenBreak));
        } else {
            distributor.becomeAvailable(a);
        }
    }
}
