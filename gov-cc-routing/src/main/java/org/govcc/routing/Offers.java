package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.RingFailure;
import org.govcc.api.event.CallCentreEvent;

/**
 * Offers of calls to agents: reserving the agent and ringing it (or, for a callback whose citizen is not on the
 * line yet, dialling the citizen), the ring guard that ends an offer when the call side reports no outcome, and
 * an offer that failed (the agent goes on a {@code no-answer} break, the call back to the place it held).
 * Every method runs under the distributor's lock; the ring guard takes it when it fires.
 */
final class Offers {

    private static final String NO_OUTCOME = "no answer (no outcome from the call side)";

    private final CallDistributor distributor;
    private final Callbacks callbacks;
    private final DistributorLock lock;
    private final TimeLine time;
    private final Scheduler scheduler;
    private final CallControl control;
    private final Duration ringGuard;

    /**
     * @param ringGuard how long past the ring or dial time-out the guard waits for the call side's outcome
     */
    Offers(CallDistributor distributor, Callbacks callbacks, DistributorLock lock, TimeLine time,
           Scheduler scheduler, CallControl control, Duration ringGuard) {
        this.distributor = distributor;
        this.callbacks = callbacks;
        this.lock = lock;
        this.time = time;
        this.scheduler = scheduler;
        this.control = control;
        this.ringGuard = ringGuard;
    }

    /**
     * Takes waiting call {@code e} out of its lane and offers it to available agent {@code a}: the agent is
     * reserved, then rung (or, for a callback, the citizen dialled) once the lock is released.
     */
    void offer(CallEntry e, AgentRecord a) {
        e.queue.removeWaiting(e);
        e.state = CallEntry.State.OFFERED;
        e.agent = a;
        a.call = e;
        Instant now = time.now();
        CallId id = e.call.id();
        QueueConfig qc = e.queue.config;
        if (e.callback && !e.citizenOnLine) {
            distributor.move(a, new AgentState.Reserved(id));
            long token = a.token;
            Duration dial = qc.callbacks().dialTimeout();
            armRingGuard(a, token, dial);
            PhoneNumber number = e.callbackNumber;
            SealedNumber sealed = e.sealedNumber;
            if (lock.observed()) {
                lock.emit(new CallCentreEvent.CallbackDialled(now, id, e.attempts + 1, a.id));
            }
            if (sealed != null) {
                LineId line = e.call.line();
                lock.effect(() -> control.dialOutSealed(id, line, sealed, dial));
            } else {
                lock.effect(() -> control.dialOut(id, number, dial));
            }
        } else {
            distributor.move(a, new AgentState.Reserved(id));
            long token = a.token;
            Duration ring = qc.ringTimeout();
            armRingGuard(a, token, ring);
            if (lock.observed()) {
                lock.emit(new CallCentreEvent.CallOffered(now, id, qc.id(), a.id));
            }
            CallVariables vars = e.variables;
            lock.effect(() -> control.connectToAgent(id, a.id, vars, ring));
        }
    }

    /** The citizen of an offered callback answered: rings the reserved agent, with a new ring guard. */
    SignalResult citizenAnswered(CallEntry e) {
        if (e.state != CallEntry.State.OFFERED || !e.callback || e.citizenOnLine) {
            return SignalResult.STALE;
        }
        e.citizenOnLine = true;
        AgentRecord a = e.agent;
        a.timer.cancel();
        long token = ++a.token;
        Duration ring = e.queue.config.ringTimeout();
        armRingGuard(a, token, ring);
        CallId id = e.call.id();
        CallVariables vars = e.variables.with("callback", "true");
        lock.effect(() -> control.connectToAgent(id, a.id, vars, ring));
        return SignalResult.APPLIED;
    }

    /** The call side could not reach the agent that {@code e} was offered to. */
    SignalResult agentUnreachable(CallEntry e, AgentId agent, String reason, RingFailure failure) {
        if (e.state != CallEntry.State.OFFERED || !e.agent.id.equals(agent)) {
            return SignalResult.STALE;
        }
        failed(e, reason, failure);
        return SignalResult.APPLIED;
    }

    /**
     * Ends the offer of {@code e}: its agent goes on a {@code no-answer} break and the call goes back to the
     * place it held (same rank and sequence, so ahead of every later call of equal priority), then is routed.
     */
    private void failed(CallEntry e, String reason, RingFailure failure) {
        AgentRecord a = e.agent;
        e.agent = null;
        a.call = null;
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.OfferFailed(time.now(), e.call.id(), a.id, reason, failure));
        }
        distributor.move(a, new AgentState.OnBreak(BreakReason.NO_ANSWER));
        e.queue.addWaiting(e);
        distributor.tryRouteCall(e);
    }

    /** The guard fires {@code timeout} plus the ring guard from now, unless the agent's token has moved on. */
    private void armRingGuard(AgentRecord a, long token, Duration timeout) {
        a.timer = scheduler.schedule(timeout.plus(ringGuard), () -> ringGuardExpired(a, token));
    }

    private void ringGuardExpired(AgentRecord a, long token) {
        lock.locked(() -> {
            if (a.token != token || a.state.status() != AgentStatus.RESERVED || a.call == null) {
                return null;
            }
            CallEntry e = a.call;
            if (e.callback && !e.citizenOnLine) {
                callbacks.attemptFailed(e, NO_OUTCOME);
            } else {
                failed(e, NO_OUTCOME, RingFailure.NO_ANSWER);
            }
            return null;
        });
    }
}
