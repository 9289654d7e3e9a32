package org.govcc.api.control;

import java.util.Locale;

/**
 * Why an agent's phone did not take a call offered to it ({@link CallSignal.AgentUnreachable},
 * {@link org.govcc.api.event.CallCentreEvent.OfferFailed}). The call side maps its own failures (e.g. SIP status
 * codes) to these in one place; people read the {@link #code()}.
 *
 * @since 0.4
 */
public enum RingFailure {
    /** The agent has no phone registered. */
    NOT_REGISTERED,
    /** The phone rang without answer within the ring time-out, or gave none at all. */
    NO_ANSWER,
    /** The phone was busy (e.g. SIP 486 or 600). */
    BUSY,
    /** The agent declined the call (e.g. SIP 603). */
    DECLINED,
    /** The phone was temporarily unavailable (e.g. SIP 480 or 503). */
    UNAVAILABLE,
    /** The phone refused the call otherwise, or answered with media the line cannot use. */
    REJECTED,
    /** The line itself could not ring the phone. */
    LINE_ERROR;

    /** Returns the reason as a lower-case code, e.g. {@code not_registered}, for records and logs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
