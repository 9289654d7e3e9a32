package org.govcc.ivr;

import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.Language;
import org.govcc.api.control.CallSignal;
import org.govcc.api.ivr.FlowId;
import org.govcc.ivr.flow.NodeId;

/**
 * One call's way through the IVR. Thread-safe: signals may come from any thread; they are handled one at a
 * time, in order of arrival (a signal raised from within a command, on the same thread, is queued until the
 * current one is handled).
 *
 * @since 0.1
 */
public interface IvrSession {

    /** The call. */
    CallId call();

    /** The language the caller hears now (the call's, until a language choice changes it). */
    Language language();

    /** What the caller told the IVR so far. */
    CallVariables variables();

    /** The flow the session is in now (a sub-flow while one runs). */
    FlowId currentFlow();

    /** The node the session is in now. */
    NodeId currentNode();

    /** Whether the call is still in the IVR. */
    boolean isActive();

    /** Handles a signal for this call; signals for other calls, or after the session ended, are ignored. Never throws. */
    void onSignal(CallSignal signal);
}
