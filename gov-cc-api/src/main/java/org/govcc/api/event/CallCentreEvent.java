package org.govcc.api.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.Disposition;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.EndReason;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.RingFailure;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TransferTarget;

/**
 * Something that happened in the contact centre, with the instant it happened.
 *
 * <p>Events are immutable and safe to hand to other threads. On confidential lines the {@link Call} in
 * {@link CallArrived} is already anonymised when the caller chose anonymity.
 *
 * @since 0.1
 */
public sealed interface CallCentreEvent {

    /** When it happened. */
    Instant at();

    /**
     * A call reached the line.
     *
     * @param at when
     * @param call the call
     */
    record CallArrived(Instant at, Call call) implements CallCentreEvent {
        /** Validates the values. */
        public CallArrived {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
        }
    }

    /**
     * A call was refused at the door (admission limit, line closed without a flow).
     *
     * @param at when
     * @param call the call
     * @param reason why
     */
    record CallRejected(Instant at, CallId call, String reason) implements CallCentreEvent {
        /** Validates the values. */
        public CallRejected {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonBlank(reason, "reason");
        }
    }

    /**
     * A call left the IVR.
     *
     * @param at when
     * @param call the call
     * @param outcome how
     */
    record IvrFinished(Instant at, CallId call, IvrOutcome outcome) implements CallCentreEvent {
        /** Validates the values. */
        public IvrFinished {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(outcome, "outcome");
        }
    }

    /**
     * A call entered a queue.
     *
     * @param at when
     * @param call the call
     * @param queue the queue
     * @param priority its priority
     * @param position its position on entry, 1 = next
     */
    record CallQueued(Instant at, CallId call, QueueId queue, Priority priority, int position)
            implements CallCentreEvent {
        /** Validates the values. */
        public CallQueued {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(queue, "queue");
            Require.nonNull(priority, "priority");
            Require.inRange(position, 1, Integer.MAX_VALUE, "position");
        }
    }

    /**
     * A call was offered to an agent (the agent is reserved; the phone rings).
     *
     * @param at when
     * @param call the call
     * @param queue its queue
     * @param agent the agent
     */
    record CallOffered(Instant at, CallId call, QueueId queue, AgentId agent) implements CallCentreEvent {
        /** Validates the values. */
        public CallOffered {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(queue, "queue");
            Require.nonNull(agent, "agent");
        }
    }

    /**
     * An offer failed (no answer, busy, unreachable) and the call went back to the head of its queue.
     *
     * @param at when
     * @param call the call
     * @param agent the agent who did not answer
     * @param reason why
     * @param failure why, as a type (since 0.4)
     */
    record OfferFailed(Instant at, CallId call, AgentId agent, String reason, RingFailure failure)
            implements CallCentreEvent {
        /** Validates the values. */
        public OfferFailed {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(agent, "agent");
            Require.nonBlank(reason, "reason");
            Require.nonNull(failure, "failure");
        }

        /** A failed offer whose reason is given in words only: {@link RingFailure#LINE_ERROR}. */
        public OfferFailed(Instant at, CallId call, AgentId agent, String reason) {
            this(at, call, agent, reason, RingFailure.LINE_ERROR);
        }
    }

    /**
     * The caller and an agent are talking.
     *
     * @param at when
     * @param call the call
     * @param agent the agent
     * @param waited time from entering the queue to the answer
     */
    record CallConnected(Instant at, CallId call, AgentId agent, Duration waited) implements CallCentreEvent {
        /** Validates the values. */
        public CallConnected {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(agent, "agent");
            Require.nonNull(waited, "waited");
        }
    }

    /**
     * The agent talking on a call sent it on (to a queue or to another agent): their conversation ended, the call goes
     * on with its variables. The call is not ended; {@link CallEnded} still comes once, when it really ends.
     *
     * @param at when
     * @param call the call
     * @param from the agent whose conversation ended
     * @param to where the call went
     * @since 0.2
     */
    record CallTransferred(Instant at, CallId call, AgentId from, TransferTarget to) implements CallCentreEvent {
        /** Validates the values. */
        public CallTransferred {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(from, "from");
            Require.nonNull(to, "to");
        }
    }

    /**
     * The agent put the caller on hold: the two no longer hear each other, and the caller hears what the line plays.
     * A {@link HoldEnded} follows for the same call and agent, whatever ends the hold.
     *
     * @param at when
     * @param call the call
     * @param agent the agent talking on it
     * @since 0.3
     */
    record CallHeld(Instant at, CallId call, AgentId agent) implements CallCentreEvent {
        /** Validates the values. */
        public CallHeld {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(agent, "agent");
        }
    }

    /**
     * A hold ended: the agent took the caller back, or the conversation ended while the caller was held (either side
     * hung up, or the agent transferred the call).
     *
     * @param at when
     * @param call the call
     * @param agent the agent who held it
     * @param held how long the caller was on hold
     * @since 0.3
     */
    record HoldEnded(Instant at, CallId call, AgentId agent, Duration held) implements CallCentreEvent {
        /** Validates the values. */
        public HoldEnded {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(agent, "agent");
            Require.nonNull(held, "held");
            Require.that(!held.isNegative(), "held must not be negative, but was " + held);
        }
    }

    /**
     * The caller hung up while waiting in a queue.
     *
     * @param at when
     * @param call the call
     * @param queue the queue
     * @param waited how long they waited
     */
    record CallAbandoned(Instant at, CallId call, QueueId queue, Duration waited) implements CallCentreEvent {
        /** Validates the values. */
        public CallAbandoned {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(queue, "queue");
            Require.nonNull(waited, "waited");
        }
    }

    /**
     * A caller keyed their line's duress code ({@link org.govcc.api.complaint.DuressCode}): the call is urgent, goes
     * to the head of its queue, and supervisors must be alerted.
     *
     * @param at when
     * @param call the call
     * @param line the call's line
     * @since 0.4
     */
    record CallMarkedUrgent(Instant at, CallId call, LineId line) implements CallCentreEvent {
        /** Validates the values. */
        public CallMarkedUrgent {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(line, "line");
        }
    }

    /**
     * A call ended (any path: served, abandoned, ended by the IVR, transferred).
     *
     * @param at when
     * @param call the call
     * @param reason how, in English (e.g. "caller hung up", "agent hung up"), for people
     * @param kind why, as a type (what records store and reports count); {@code @since 0.4}
     */
    record CallEnded(Instant at, CallId call, String reason, EndReason kind) implements CallCentreEvent {
        /** Validates the values. */
        public CallEnded {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonBlank(reason, "reason");
            Require.nonNull(kind, "kind");
        }

        /** A call ended for a reason given in words only: {@link EndReason#OTHER}. */
        public CallEnded(Instant at, CallId call, String reason) {
            this(at, call, reason, EndReason.OTHER);
        }
    }

    /**
     * An agent finished the after-call work for a call.
     *
     * @param at when
     * @param agent the agent
     * @param call the call
     * @param duration how long the wrap-up took
     * @param disposition what the agent recorded of the call; empty when the wrap-up ended without it (its time ran
     *                    out, or none was asked for)
     */
    record WrapUpEnded(Instant at, AgentId agent, CallId call, Duration duration, Optional<Disposition> disposition)
            implements CallCentreEvent {
        /** Validates the values. */
        public WrapUpEnded {
            Require.nonNull(at, "at");
            Require.nonNull(agent, "agent");
            Require.nonNull(call, "call");
            Require.nonNull(duration, "duration");
            Require.nonNull(disposition, "disposition");
        }

        /** A wrap-up that ended without a disposition. */
        public WrapUpEnded(Instant at, AgentId agent, CallId call, Duration duration) {
            this(at, agent, call, duration, Optional.empty());
        }
    }

    /**
     * A waiting caller asked to be called back, keeping their place.
     *
     * @param at when
     * @param call the call
     * @param queue the queue
     * @param number where to call back
     */
    record CallbackRequested(Instant at, CallId call, QueueId queue, PhoneNumber number) implements CallCentreEvent {
        /** Validates the values. */
        public CallbackRequested {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(queue, "queue");
            Require.nonNull(number, "number");
        }
    }

    /**
     * A sealed line's caller consented to be called back in a window they chose as safe: a new, anonymous call of
     * that line, queued for an agent when the window opens. The number is sealed; it opens at the SIP edge only.
     *
     * @param at when
     * @param call the callback's call (its line, the caller's language; no caller number)
     * @param queue the queue it waits in
     * @param number the caller's number, sealed
     * @param window when the caller may be dialled
     * @since 0.4
     */
    record CallbackScheduled(Instant at, Call call, QueueId queue, SealedNumber number, CallbackWindow window)
            implements CallCentreEvent {
        /** Validates the values. */
        public CallbackScheduled {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.nonNull(queue, "queue");
            Require.nonNull(number, "number");
            Require.nonNull(window, "window");
        }
    }

    /**
     * A callback was dialled.
     *
     * @param at when
     * @param call the call
     * @param attempt 1 for the first try
     * @param agent the agent reserved for it
     */
    record CallbackDialled(Instant at, CallId call, int attempt, AgentId agent) implements CallCentreEvent {
        /** Validates the values. */
        public CallbackDialled {
            Require.nonNull(at, "at");
            Require.nonNull(call, "call");
            Require.inRange(attempt, 1, Integer.MAX_VALUE, "attempt");
            Require.nonNull(agent, "agent");
        }
    }

    /**
     * An agent changed state.
     *
     * @param at when
     * @param agent the agent
     * @param from the previous state
     * @param to the new state
     */
    record AgentStateChanged(Instant at, AgentId agent, AgentState from, AgentState to) implements CallCentreEvent {
        /** Validates the values. */
        public AgentStateChanged {
            Require.nonNull(at, "at");
            Require.nonNull(agent, "agent");
            Require.nonNull(from, "from");
            Require.nonNull(to, "to");
        }
    }
}
