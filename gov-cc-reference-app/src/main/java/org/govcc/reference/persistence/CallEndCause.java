package org.govcc.reference.persistence;

/**
 * How a call's record was closed, stored as its name (column {@code END_CAUSE}); the human text, if any, is
 * rendered at the edge. Immutable.
 */
public enum CallEndCause {

    /** The line reported the call's end (a hang-up on either side, a transfer, the IVR's goodbye). */
    ENDED,

    /** The line refused the call at the door (admission limit, no media port). */
    REFUSED,

    /**
     * The server stopped (a crash, a kill, a stop while calls were up) before the call's end was recorded; the record
     * was closed at the next start, at the time of the last record written before the stop.
     */
    INTERRUPTED
}
