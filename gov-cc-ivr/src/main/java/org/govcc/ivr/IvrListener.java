package org.govcc.ivr;

import org.govcc.api.call.Language;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.flow.NodeId;

/**
 * Hears what a session does. Called on the thread that delivered the signal, while the session is locked: return
 * quickly, never block. An exception thrown here is logged and ignored.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IvrListener {

    /** The call left the IVR; called exactly once per session. */
    void onExit(IvrOutcome outcome);

    /** The caller chose another language: prompts from now on are in {@code language}. */
    default void onLanguageChanged(Language language) {
    }

    /** The session entered a node (for tracing and statistics). */
    default void onNodeEntered(FlowId flow, NodeId node) {
    }
}
