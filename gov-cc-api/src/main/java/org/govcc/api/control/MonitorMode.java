package org.govcc.api.control;

import java.util.Locale;

/**
 * Where a call's monitoring stands.
 *
 * @since 0.4
 */
public enum MonitorMode {
    /** The supervisor's phone is ringing; it hears nothing yet. */
    RINGING,
    /** The supervisor hears both parties; nobody hears the supervisor. */
    LISTENING,
    /** The supervisor hears both parties and the agent hears the supervisor; the caller does not. */
    WHISPERING,
    /** Over: the supervisor's phone has left the call (or never joined it). */
    ENDED;

    /** Returns the mode as a lower-case code, e.g. {@code listening}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
