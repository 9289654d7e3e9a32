package org.govcc.reference.supervision;

/** What a wallboard alert is about. The page names each kind in Greek and English ({@code wallboard.alert.KIND}). */
public enum AlertKind {
    /** A caller keyed their line's duress code: open until a supervisor acknowledges it, even after the call. */
    URGENT_CALL,
    /** A caller on the confidential complaint line has waited beyond the configured time. */
    COMPLAINT_CALLER_WAITING,
    /** A queue's service level is at risk: a caller near its threshold, or today's level below the target. */
    SERVICE_LEVEL_AT_RISK,
    /** An agent has been in wrap-up beyond the configured time. */
    LONG_WRAP_UP,
    /** An agent has been not ready beyond the configured time. */
    LONG_BREAK,
    /** The SIP line (the trunks' way in) is not running or not listening. */
    LINE_DOWN,
    /** The line's database does not answer. */
    DATABASE_DOWN
}
