package org.govcc.api.control;

/**
 * Why the line ends a call, mapped to a SIP status or BYE reason by the call side.
 *
 * @since 0.1
 */
public enum HangUpReason {
    /** The flow ended normally (e.g. after a closed-hours announcement). */
    NORMAL,
    /** The caller gave no usable input after every retry. */
    NO_INPUT,
    /** The line is at its admission limit. */
    OVERLOAD,
    /** The line is closed and offers nothing else. */
    CLOSED,
    /** An internal failure; the caller hears an apology first where possible. */
    FAILURE
}
