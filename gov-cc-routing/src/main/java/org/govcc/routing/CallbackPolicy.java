package org.govcc.routing;

import java.time.Duration;
import org.govcc.api.internal.Require;

/**
 * Whether and how a queue offers callbacks (a waiting caller leaves and is called back, keeping their place).
 *
 * @param allowed whether callbacks are offered at all; {@code false} on confidential lines
 * @param maxAttempts how many times the citizen is dialled before the callback is given up; 1 or more
 * @param retryDelay how long to wait between attempts; zero or more
 * @param dialTimeout how long the citizen's phone rings per attempt; more than zero
 * @since 0.1
 */
public record CallbackPolicy(boolean allowed, int maxAttempts, Duration retryDelay, Duration dialTimeout) {

    /** Validates the values. */
    public CallbackPolicy {
        Require.inRange(maxAttempts, 1, 100, "callbacks.maxAttempts");
        Require.nonNull(retryDelay, "callbacks.retryDelay");
        Require.that(!retryDelay.isNegative(), "callbacks.retryDelay must not be negative, but was " + retryDelay);
        Require.nonNull(dialTimeout, "callbacks.dialTimeout");
        Require.that(!dialTimeout.isNegative() && !dialTimeout.isZero(),
                "callbacks.dialTimeout must be more than zero, but was " + dialTimeout);
    }

    /** Returns the policy of a line that never offers callbacks (e.g. the confidential complaint line). */
    public static CallbackPolicy forbidden() {
        return new CallbackPolicy(false, 1, Duration.ZERO, Duration.ofSeconds(30));
    }

    /** Returns a policy allowing callbacks: {@code maxAttempts} tries, {@code retryDelay} apart, 30 s ringing. */
    public static CallbackPolicy allowed(int maxAttempts, Duration retryDelay) {
        return new CallbackPolicy(true, maxAttempts, retryDelay, Duration.ofSeconds(30));
    }
}
