package org.govcc.api.agent;

/**
 * The kind of an {@link AgentState}, for switches and statistics.
 *
 * @since 0.1
 */
public enum AgentStatus {
    /** Not working; cannot be offered calls. */
    LOGGED_OUT,
    /** Waiting for a call. */
    AVAILABLE,
    /** A call is being offered (the agent's phone rings). */
    RESERVED,
    /** On a call. */
    TALKING,
    /** After-call work for the last call. */
    WRAP_UP,
    /** Logged in but not taking calls, for a reason. */
    ON_BREAK
}
