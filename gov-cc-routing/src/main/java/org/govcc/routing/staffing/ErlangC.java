package org.govcc.routing.staffing;

import java.time.Duration;
import org.govcc.api.internal.Require;

/**
 * Erlang C: waiting probability, service level, average speed of answer and occupancy of a queue whose
 * callers never give up (M/M/N), and the agents needed for a service-level target.
 *
 * <p>Traffic {@code A = calls x handling time / period} in erlangs; with {@code N <= A} the queue grows
 * without bound (service level 0, waiting certain). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Returns the traffic in erlangs of {@code calls} over {@code period} handled in {@code handleTime} each. */
    public static double traffic(double calls, Duration period, Duration handleTime) {
        Require.that(calls >= 0, "calls must not be negative, but was " + calls);
        positive(period, "period");
        positive(handleTime, "handleTime");
        return calls * seconds(handleTime) / seconds(period);
    }

    /** Returns the probability that a caller has to wait, with {@code agents} agents and {@code erlangs} of traffic. */
    public static double probabilityOfWaiting(int agents, double erlangs) {
        Require.inRange(agents, 1, Integer.MAX_VALUE, "agents");
        ErlangB.requireTraffic(erlangs);
        if (agents <= erlangs) {
            return 1.0;
        }
        double b = ErlangB.blocking(agents, erlangs);
        return agents * b / (agents - erlangs * (1 - b));
    }

    /** Returns the share of callers answered within {@code threshold}: {@code 1 - C e^{-(N-A) T / h}}. */
    public static double serviceLevel(int agents, double erlangs, Duration handleTime, Duration threshold) {
        positive(handleTime, "handleTime");
        Require.nonNull(threshold, "threshold");
        Require.that(!threshold.isNegative(), "threshold must not be negative, but was " + threshold);
        if (agents <= erlangs) {
            return 0.0;
        }
        double c = probabilityOfWaiting(agents, erlangs);
        return 1 - c * Math.exp(-(agents - erlangs) * seconds(threshold) / seconds(handleTime));
    }

    /** Returns the average speed of answer {@code C h / (N - A)}; infinite when {@code N <= A}. */
    public static double averageSpeedOfAnswerSeconds(int agents, double erlangs, Duration handleTime) {
        positive(handleTime, "handleTime");
        if (agents <= erlangs) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(agents, erlangs) * seconds(handleTime) / (agents - erlangs);
    }

    /** Returns the agents' occupancy {@code A / N} (capped at 1). */
    public static double occupancy(int agents, double erlangs) {
        Require.inRange(agents, 1, Integer.MAX_VALUE, "agents");
        return Math.min(1.0, erlangs / agents);
    }

    /**
     * Returns the fewest agents whose service level reaches {@code target} (e.g. 0.8 for 80% in 20 s).
     *
     * @param target 0 (exclusive) to 1 (exclusive)
     */
    public static int agentsFor(double erlangs, Duration handleTime, double target, Duration threshold) {
        ErlangB.requireTraffic(erlangs);
        Require.that(target > 0 && target < 1, "target service level must be between 0 and 1 (exclusive), but was "
                + target);
        int n = Math.max(1, (int) Math.floor(erlangs) + 1);
        while (serviceLevel(n, erlangs, handleTime, threshold) < target) {
            n++;
        }
        return n;
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    static void positive(Duration d, String field) {
        Require.nonNull(d, field);
        Require.that(!d.isNegative() && !d.isZero(), field + " must be more than zero, but was " + d);
    }
}
