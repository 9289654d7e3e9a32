package org.govcc.routing;

import java.time.Instant;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.event.CallCentreEvent;

/**
 * The agent state machine's one way of moving an agent: every state change goes through {@link #move}, which keeps the
 * agent's timer and token, time in state, the queues' staffed and available counts and the index of available agents
 * right, and publishes the change. Runs under the distributor's lock.
 */
final class AgentMoves {

    private final DistributorLock lock;
    private final TimeLine time;
    private final QueueState[] queues;
    private final AvailableAgents available;
    private final Matching matching;
    private final Sequence sequence;

    AgentMoves(DistributorLock lock, TimeLine time, QueueState[] queues, AvailableAgents available, Matching matching,
               Sequence sequence) {
        this.lock = lock;
        this.time = time;
        this.queues = queues;
        this.available = available;
        this.matching = matching;
        this.sequence = sequence;
    }

    /** Makes {@code a} available and gives it the best waiting call it can serve, if any. */
    void becomeAvailable(AgentRecord a) {
        // What the agent asked for while the call was in hand comes first (move clears it).
        if (a.nextSignOut) {
            move(a, AgentState.loggedOut());
        } else if (a.nextBreak != null) {
            move(a, new AgentState.OnBreak(a.nextBreak));
        } else {
            move(a, AgentState.available());
            matching.routeAgent(a);
        }
    }

    /**
     * Moves {@code a} to state {@code to}: cancels its timer, moves its token on, keeps the time-in-state,
     * staffing counters and the available index right, and emits the transition.
     */
    void move(AgentRecord a, AgentState to) {
        Instant now = time.now();
        AgentState from = a.state;
        AgentStatus fromStatus = from.status();
        AgentStatus toStatus = to.status();
        a.timer.cancel();
        a.timer = Cancellable.NONE;
        a.token++;
        long nowMicros = time.micros(now);
        a.timeIn[fromStatus.ordinal()] += nowMicros - a.sinceMicros;
        a.sinceMicros = nowMicros;
        if (fromStatus == AgentStatus.AVAILABLE) {
            available.remove(a);
        }
        boolean wasStaffed = staffed(fromStatus);
        boolean isStaffed = staffed(toStatus);
        for (QueueState q : queues) {
            if (a.serves[q.index]) {
                q.staffed += (isStaffed ? 1 : 0) - (wasStaffed ? 1 : 0);
                q.available += (toStatus == AgentStatus.AVAILABLE ? 1 : 0)
                        - (fromStatus == AgentStatus.AVAILABLE ? 1 : 0);
            }
        }
        a.state = to;
        if (toStatus == AgentStatus.ON_BREAK || toStatus == AgentStatus.LOGGED_OUT) {
            a.nextBreak = null;
            a.nextSignOut = false;
        }
        if (toStatus == AgentStatus.AVAILABLE) {
            a.idleSince = now;
            a.idleMicros = nowMicros;
            a.idleSeq = sequence.next();
            a.candidate = null; // built when a strategy first needs it
            available.add(a);
        }
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.AgentStateChanged(now, a.id, from, to));
        }
    }

    private static boolean staffed(AgentStatus s) {
        return s != AgentStatus.LOGGED_OUT && s != AgentStatus.ON_BREAK;
    }
}
