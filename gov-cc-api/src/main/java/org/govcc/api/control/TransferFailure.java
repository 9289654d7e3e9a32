package org.govcc.api.control;

import java.util.Locale;

/**
 * Why a call to an outside number did not reach it: a {@link CallControl#transfer} (whatever the reason, the caller
 * is still connected and the engines drive the call again, {@link CallSignal.TransferFailed}) or, since 0.4, a
 * callback's dial ({@link CallSignal.DialFailed}). The call side maps its own failures (e.g. SIP status codes) to
 * these in one place; people read the {@link #code()}.
 *
 * @since 0.1
 */
public enum TransferFailure {
    /** The line has no outbound trunk: it cannot call any outside number. */
    NO_TRUNK,
    /** The outside number was busy. */
    BUSY,
    /** The outside number rang without answer. */
    NO_ANSWER,
    /** The trunk or the outside number was unavailable (e.g. SIP 480 or 503). */
    UNAVAILABLE,
    /** The trunk refused the call (e.g. SIP 403, 404, 603 or another final failure). */
    REJECTED,
    /** Nothing answered the trunk's address: not listening, not reachable, or a transaction time-out. */
    TRUNK_UNREACHABLE,
    /** The trunk asked for credentials the line does not have, or refused the ones it gave. */
    AUTHENTICATION_FAILED,
    /** The caller's phone accepted to make the transfer itself but never reported it done in time. */
    NOT_COMPLETED,
    /** The line itself failed to place the call. */
    LINE_ERROR;

    /** Returns the reason as a lower-case code, e.g. {@code no_trunk}, for flow variables and records. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
