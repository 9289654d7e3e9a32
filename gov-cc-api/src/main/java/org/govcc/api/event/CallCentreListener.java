package org.govcc.api.event;

/**
 * Receives call-centre events. Called synchronously on the thread that caused the event, so implementations
 * must be quick and must not block; an exception thrown here is logged and never disturbs the call.
 *
 * @since 0.1
 */
public interface CallCentreListener {

    /** Handles one event; does nothing by default. */
    default void onEvent(CallCentreEvent event) {
    }
}
