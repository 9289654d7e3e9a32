package org.govcc.api.call;

/**
 * Which side started the call.
 *
 * @since 0.1
 */
public enum Direction {
    /** The citizen called the line. */
    INBOUND,
    /** The line called the citizen (a callback). */
    OUTBOUND
}
