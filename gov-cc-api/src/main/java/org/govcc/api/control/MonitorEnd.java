package org.govcc.api.control;

import java.util.Locale;

/**
 * Why a call's monitoring ended ({@link MonitorSignal.Ended}). None of them ends the call itself, bar
 * {@link #CALL_ENDED}, which follows from it.
 *
 * @since 0.4
 */
public enum MonitorEnd {
    /** {@link CallMonitoring#stop} was called. */
    STOPPED,
    /** The supervisor's phone hung up. */
    SUPERVISOR_HUNG_UP,
    /** The supervisor's phone sent no more RTP although it said it would (the phone or its network is gone). */
    PHONE_LOST,
    /** The supervisor's phone did not answer within the ring time-out. */
    NO_ANSWER,
    /** The supervisor's phone refused the call (busy, declined, or another failure). */
    PHONE_REFUSED,
    /** The agent's leg left the call (a transfer, or the agent was released) while the caller stayed. */
    AGENT_LEFT,
    /** The call ended. */
    CALL_ENDED;

    /** Returns the cause as a lower-case code, e.g. {@code supervisor_hung_up}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
