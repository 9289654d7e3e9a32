package org.govcc.api.control;

import java.time.Instant;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.internal.Require;

/**
 * What the call side reports to the engines: playback finished, a digit, a timer, a hang-up, an answer, the
 * outcome of a transfer.
 *
 * @since 0.1
 */
public sealed interface CallSignal {

    /** The call concerned. */
    CallId call();

    /** When it happened. */
    Instant at();

    /**
     * The last announcement of a {@link CallControl#play} finished.
     *
     * @param call the call
     * @param at when
     */
    record PromptFinished(CallId call, Instant at) implements CallSignal {
        /** Validates the values. */
        public PromptFinished {
            Require.nonNull(call, "call");
            Require.nonNull(at, "at");
        }
    }

    /**
     * The caller pressed a key.
     *
     * @param call the call
     * @param digit one of {@code 0-9 * # A-D}
     * @param at when
     */
    record DigitPressed(CallId call, char digit, Instant at) implements CallSignal {
        /** Validates the values. */
        public DigitPressed {
            Require.nonNull(call, "call");
            Require.that("0123456789*#ABCD".indexOf(digit) >= 0, "digit must be one of 0-9 * # A-D, but was '" + digit + "'");
            Require.nonNull(at, "at");
        }
    }

    /**
     * The call's timer fired.
     *
     * @param call the call
     * @param at when
     */
    record TimerFired(CallId call, Instant at) implements CallSignal {
        /** Validates the values. */
        public TimerFired {
            Require.nonNull(call, "call");
            Require.nonNull(at, "at");
        }
    }

    /**
     * The caller hung up, or was lost (media time-out).
     *
     * @param call the call
     * @param at when
     */
    record CallerHungUp(CallId call, Instant at) implements CallSignal {
        /** Validates the values. */
        public CallerHungUp {
            Require.nonNull(call, "call");
            Require.nonNull(at, "at");
        }
    }

    /**
     * The agent answered and the legs are bridged.
     *
     * @param call the call
     * @param agent the agent
     * @param at when
     */
    record AgentAnswered(CallId call, AgentId agent, Instant at) implements CallSignal {
        /** Validates the values. */
        public AgentAnswered {
            Require.nonNull(call, "call");
            Require.nonNull(agent, "agent");
            Require.nonNull(at, "at");
        }
    }

    /**
     * The agent could not be reached: no answer within the ring time-out, busy, or not registered.
     *
     * @param call the call
     * @param agent the agent
     * @param reason e.g. "no answer", "busy", "not registered"
     * @param at when
     * @param failure the reason as a type (since 0.4)
     */
    record AgentUnreachable(CallId call, AgentId agent, String reason, Instant at, RingFailure failure)
            implements CallSignal {
        /** Validates the values. */
        public AgentUnreachable {
            Require.nonNull(call, "call");
            Require.nonNull(agent, "agent");
            Require.nonBlank(reason, "reason");
            Require.nonNull(at, "at");
            Require.nonNull(failure, "failure");
        }

        /** An agent unreachable for a reason given in words only: {@link RingFailure#LINE_ERROR}. */
        public AgentUnreachable(CallId call, AgentId agent, String reason, Instant at) {
            this(call, agent, reason, at, RingFailure.LINE_ERROR);
        }
    }

    /**
     * The agent hung up a connected call.
     *
     * @param call the call
     * @param agent the agent
     * @param at when
     */
    record AgentHungUp(CallId call, AgentId agent, Instant at) implements CallSignal {
        /** Validates the values. */
        public AgentHungUp {
            Require.nonNull(call, "call");
            Require.nonNull(agent, "agent");
            Require.nonNull(at, "at");
        }
    }

    /**
     * A dialled-out citizen answered (callbacks).
     *
     * @param call the call
     * @param at when
     */
    record CitizenAnswered(CallId call, Instant at) implements CallSignal {
        /** Validates the values. */
        public CitizenAnswered {
            Require.nonNull(call, "call");
            Require.nonNull(at, "at");
        }
    }

    /**
     * Dialling a citizen failed (no answer, busy, unreachable).
     *
     * @param call the call
     * @param reason why, in words
     * @param at when
     * @param failure why, as a type: the same mapping of the trunk's answers as a transfer's; {@code @since 0.4}
     */
    record DialFailed(CallId call, String reason, Instant at, TransferFailure failure) implements CallSignal {
        /** Validates the values. */
        public DialFailed {
            Require.nonNull(call, "call");
            Require.nonBlank(reason, "reason");
            Require.nonNull(at, "at");
            Require.nonNull(failure, "failure");
        }

        /** A dial that failed for a reason given in words only: {@link TransferFailure#LINE_ERROR}. */
        public DialFailed(CallId call, String reason, Instant at) {
            this(call, reason, at, TransferFailure.LINE_ERROR);
        }
    }

    /**
     * A {@link CallControl#transfer} reached the outside number: the caller is connected to it (by the caller's own
     * phone, or bridged through the line's trunk) and the engines have left the call; no other signal follows for it.
     *
     * @param call the call
     * @param number the outside number
     * @param at when
     */
    record TransferCompleted(CallId call, PhoneNumber number, Instant at) implements CallSignal {
        /** Validates the values. */
        public TransferCompleted {
            Require.nonNull(call, "call");
            Require.nonNull(number, "number");
            Require.nonNull(at, "at");
        }
    }

    /**
     * A {@link CallControl#transfer} could not be made: the caller is still connected, hears the line again, and the
     * engines drive the call as before the transfer (e.g. the IVR goes to its transfer node's {@code onFailure}).
     *
     * @param call the call
     * @param number the outside number that was not reached
     * @param reason why
     * @param at when
     */
    record TransferFailed(CallId call, PhoneNumber number, TransferFailure reason, Instant at) implements CallSignal {
        /** Validates the values. */
        public TransferFailed {
            Require.nonNull(call, "call");
            Require.nonNull(number, "number");
            Require.nonNull(reason, "reason");
            Require.nonNull(at, "at");
        }
    }
}
