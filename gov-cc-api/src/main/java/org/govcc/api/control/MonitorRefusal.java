package org.govcc.api.control;

import java.util.Locale;

/**
 * Why a {@link CallMonitoring} command was refused; nothing changed. People read the {@link #code()}.
 *
 * @since 0.4
 */
public enum MonitorRefusal {
    /** No such call in progress on the line. */
    UNKNOWN_CALL,
    /** The call is not connected to an agent (in the IVR, queued, ringing an agent, or transferred away). */
    NOT_CONNECTED,
    /** The line's confidentiality policy does not allow its calls to be monitored. */
    NOT_ALLOWED,
    /** The supervisor's phone has no current registration. */
    PHONE_NOT_REGISTERED,
    /** The call is monitored already (one phone at a time). */
    ALREADY_MONITORED,
    /** The call is not monitored. */
    NOT_MONITORED,
    /** The supervisor's phone has not answered yet: there is nobody to whisper. */
    NOT_ANSWERED,
    /** The line could not ring the phone (no media port, the request could not be sent). */
    LINE_ERROR;

    /** Returns the reason as a lower-case code, e.g. {@code not_allowed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
