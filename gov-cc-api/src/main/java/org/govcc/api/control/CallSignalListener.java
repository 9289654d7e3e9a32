package org.govcc.api.control;

/**
 * Receives {@link CallSignal}s from a {@link CallControl}. Called from the call side's threads; must not block.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CallSignalListener {

    /** Handles one signal. */
    void onSignal(CallSignal signal);
}
