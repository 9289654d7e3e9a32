package org.govcc.routing;

import java.time.Duration;
import org.govcc.api.internal.Require;

/**
 * An estimate of a caller's wait: the position and the expected waiting time.
 *
 * <p>The estimator: with {@code k} calls ahead of the caller (position {@code k + 1}), {@code a} agents of
 * the queue available, {@code n} agents of the queue logged in and not on a break, and {@code h} the queue's
 * average handling time (talk + wrap-up; an exponentially weighted mean of the last calls, starting from
 * the configured expected handling time), the wait is {@code max(0, k + 1 - a) * h / n}: agents free up at
 * about {@code n / h} per second. With no agent staffed it is unknown and reported as {@code h * (k + 1)}.
 * The simulator measures its error.
 *
 * @param position 1 = next
 * @param expectedWait the expected waiting time
 * @since 0.1
 */
public record WaitEstimate(int position, Duration expectedWait) {
    /** Validates the values. */
    public WaitEstimate {
        Require.inRange(position, 1, Integer.MAX_VALUE, "position");
        Require.nonNull(expectedWait, "expectedWait");
    }
}
