package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.call.EndReason;
import org.govcc.api.control.CallSignal;
import org.govcc.api.event.CallCentreEvent;

/**
 * What a signal from the call side does to a call the distributor holds: an agent answered or could not be
 * reached, the caller or the agent hung up, a callback's citizen answered or could not be dialled. A signal that no
 * longer fits the call's state is {@link SignalResult#STALE} and changes nothing. Runs under the distributor's lock.
 */
final class Signals {

    private final CallDistributor distributor;
    private final DistributorLock lock;
    private final TimeLine time;
    private final Offers offers;
    private final Callbacks callbacks;
    private final WrapUps wrapUps;

    Signals(CallDistributor distributor, DistributorLock lock, TimeLine time, Offers offers, Callbacks callbacks,
            WrapUps wrapUps) {
        this.distributor = distributor;
        this.lock = lock;
        this.time = time;
        this.offers = offers;
        this.callbacks = callbacks;
        this.wrapUps = wrapUps;
    }

    /** Applies {@code signal} to held call {@code e}; IVR signals (digits, prompts, timers) are not its own. */
    SignalResult apply(CallEntry e, CallSignal signal) {
        if (signal instanceof CallSignal.AgentAnswered) {
            return agentAnswered(e, ((CallSignal.AgentAnswered) signal).agent());
        } else if (signal instanceof CallSignal.AgentUnreachable) {
            CallSignal.AgentUnreachable u = (CallSignal.AgentUnreachable) signal;
            return offers.agentUnreachable(e, u.agent(), u.reason(), u.failure());
        } else if (signal instanceof CallSignal.CallerHungUp) {
            return callerHungUp(e);
        } else if (signal instanceof CallSignal.AgentHungUp) {
            return agentHungUp(e, ((CallSignal.AgentHungUp) signal).agent());
        } else if (signal instanceof CallSignal.CitizenAnswered) {
            return offers.citizenAnswered(e);
        } else if (signal instanceof CallSignal.DialFailed) {
            return callbacks.dialFailed(e, ((CallSignal.DialFailed) signal).reason());
        }
        return SignalResult.NOT_MINE;
    }

    private SignalResult agentAnswered(CallEntry e, AgentId agent) {
        if (e.state != CallEntry.State.OFFERED || !e.agent.id.equals(agent) || (e.callback && !e.citizenOnLine)) {
            return SignalResult.STALE;
        }
        AgentRecord a = e.agent;
        Instant now = time.now();
        Duration waited = Duration.between(e.waitFrom, now);
        QueueState q = e.queue;
        if (e.callback && !e.answeredBefore) {
            q.callbacksConnected++;
        } else if (!e.answeredBefore) { // a call transferred to an agent was counted answered with the first one
            QueueStatistics.answered(q, waited, time.micros(now) - e.waitFromMicros);
        }
        e.state = CallEntry.State.CONNECTED;
        e.connectedAt = now;
        Widening.cancel(e);
        a.answeredOn(time.today(now));
        distributor.move(a, new AgentState.Talking(e.call.id()));
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.CallConnected(now, e.call.id(), agent, waited));
        }
        return SignalResult.APPLIED;
    }

    private SignalResult callerHungUp(CallEntry e) {
        switch (e.state) {
            case WAITING:
                if (e.callback && !e.citizenOnLine) {
                    return SignalResult.STALE; // the inbound leg of a callback request ends; the place is kept
                }
                e.queue.removeWaiting(e);
                distributor.abandon(e);
                return SignalResult.APPLIED;
            case OFFERED:
                if (e.callback && !e.citizenOnLine) {
                    return SignalResult.STALE;
                }
                AgentRecord a = e.agent;
                a.call = null;
                e.agent = null;
                distributor.abandon(e);
                distributor.becomeAvailable(a);
                return SignalResult.APPLIED;
            case CONNECTED:
                wrapUps.endConversation(e, EndReason.CALLER_HUNG_UP, "caller hung up");
                return SignalResult.APPLIED;
            default:
                return SignalResult.STALE;
        }
    }

    private SignalResult agentHungUp(CallEntry e, AgentId agent) {
        if (e.state != CallEntry.State.CONNECTED || !e.agent.id.equals(agent)) {
            return SignalResult.STALE;
        }
        wrapUps.endConversation(e, EndReason.AGENT_HUNG_UP, "agent hung up");
        return SignalResult.APPLIED;
    }
}
