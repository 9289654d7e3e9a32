package org.govcc.ivr;

import org.govcc.api.control.TransferFailure;

/** How a session behaves at one kind of node. Implementations are stateless singletons; state is the session's. */
interface Step {

    /** The session has just entered the node. */
    void enter(Session s);

    /** The node's playback finished. */
    default void promptFinished(Session s) {
    }

    /** The caller pressed {@code key}. */
    default void digit(Session s, char key) {
    }

    /** The call's timer fired. */
    default void timer(Session s) {
    }

    /** The transfer the node asked for reached the outside number. */
    default void transferCompleted(Session s) {
    }

    /** The transfer the node asked for could not be made; the caller is still connected. */
    default void transferFailed(Session s, TransferFailure reason) {
    }
}
