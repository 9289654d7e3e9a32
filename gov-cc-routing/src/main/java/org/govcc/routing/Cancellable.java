package org.govcc.routing;

/**
 * A scheduled task that can still be called off.
 *
 * <p>Thread-safe; cancelling twice, or after the task ran, does nothing.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Cancellable {

    /** A handle that cancels nothing. */
    Cancellable NONE = () -> { };

    /** Cancels the task if it has not run yet. */
    void cancel();
}
