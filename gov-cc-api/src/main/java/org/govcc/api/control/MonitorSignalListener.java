package org.govcc.api.control;

/**
 * Receives {@link MonitorSignal}s from a {@link CallMonitoring}. Called from the call side's threads; must not block.
 *
 * @since 0.4
 */
@FunctionalInterface
public interface MonitorSignalListener {

    /** A listener that ignores every signal. */
    static MonitorSignalListener ignoring() {
        return signal -> {
        };
    }

    /** Handles one signal. */
    void onSignal(MonitorSignal signal);
}
