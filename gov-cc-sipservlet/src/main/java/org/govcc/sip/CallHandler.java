package org.govcc.sip;

import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.control.CallSignalListener;

/**
 * What drives an answered call: the binding of the IVR interpreter and the distributor (or a test script). It acts
 * on calls through the {@link org.govcc.api.control.CallControl} it was created with, and hears back through
 * {@link #onSignal}.
 *
 * <p>All methods are called on one signal thread, never concurrently, and must not block.
 *
 * @since 0.1
 */
public interface CallHandler extends CallSignalListener {

    /** A call was answered and its media is up; the handler starts the flow (e.g. plays the welcome prompt). */
    void callStarted(Call call);

    /**
     * The line refused a call at the door (admission limit, no media port); the call never started.
     *
     * @param reason why, in English
     */
    default void callRejected(String reason) {
    }

    /**
     * The line refused a call at the door, as {@link #callRejected(String)}, with the id the refused call was given
     * (for records: it never appears in any other signal). By default it calls {@link #callRejected(String)}.
     *
     * @param call the refused call's id
     * @param reason why, in English
     */
    default void callRejected(CallId call, String reason) {
        callRejected(reason);
    }
}
