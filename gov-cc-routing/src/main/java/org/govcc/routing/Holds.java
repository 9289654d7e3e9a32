package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import org.govcc.api.control.CallControl;
import org.govcc.api.event.CallCentreEvent;

/**
 * Agents' holds of the call they are talking on. A hold is part of the conversation: the agent stays talking, and
 * every hold ends with a {@link CallCentreEvent.HoldEnded}, when the agent takes the caller back or when the
 * conversation ends while the caller is held (a hang-up on either side, a transfer), so that the held time of a call
 * can be summed from the events alone. Runs under the distributor's lock.
 */
final class Holds {

    private final DistributorLock lock;
    private final TimeLine time;
    private final CallControl control;

    Holds(DistributorLock lock, TimeLine time, CallControl control) {
        this.lock = lock;
        this.time = time;
        this.control = control;
    }

    /**
     * Puts the caller of connected call {@code e} on hold.
     *
     * @return false, with nothing changed, when the call side cannot hold calls
     * @throws IllegalStateException if the call is already held
     */
    boolean hold(CallEntry e) {
        if (e.heldSince != null) {
            throw new IllegalStateException("call " + e.call.id() + " is already on hold");
        }
        if (!control.holdsCalls()) {
            return false;
        }
        Instant now = time.now();
        e.heldSince = now;
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.CallHeld(now, e.call.id(), e.agent.id));
        }
        lock.effect(() -> control.hold(e.call.id(), true));
        return true;
    }

    /**
     * Takes the held caller of connected call {@code e} back to its agent.
     *
     * @throws IllegalStateException if the call is not on hold
     */
    void takeBack(CallEntry e) {
        if (e.heldSince == null) {
            throw new IllegalStateException("call " + e.call.id() + " is not on hold");
        }
        ended(e, e.agent);
        lock.effect(() -> control.hold(e.call.id(), false));
    }

    /**
     * Ends the hold of call {@code e}, held by {@code agent}, if there is one: its conversation is ending, so the call
     * side is not asked to join the two again. Does nothing for a call that is not held.
     */
    void ended(CallEntry e, AgentRecord agent) {
        if (e.heldSince == null) {
            return;
        }
        Instant now = time.now();
        Duration held = Duration.between(e.heldSince, now);
        e.heldSince = null;
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.HoldEnded(now, e.call.id(), agent.id, held.isNegative() ? Duration.ZERO
                    : held));
        }
    }
}
