package org.govcc.routing.staffing;

import org.govcc.api.internal.Require;

/**
 * Erlang B: the chance that a call finds every line busy and is lost, for sizing trunks (SIP channels).
 *
 * <p>Computed with the stable recursion {@code B(0) = 1, B(n) = A B(n-1) / (n + A B(n-1))}. Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ErlangB {

    private ErlangB() {
    }

    /**
     * Returns the blocking probability of {@code trunks} lines offered {@code erlangs} of traffic.
     *
     * @param trunks 0 or more
     * @param erlangs offered traffic, 0 or more
     */
    public static double blocking(int trunks, double erlangs) {
        Require.nonNegative(trunks, "trunks");
        requireTraffic(erlangs);
        double b = 1.0;
        for (int n = 1; n <= trunks; n++) {
            b = erlangs * b / (n + erlangs * b);
        }
        return b;
    }

    /**
     * Returns the fewest trunks whose blocking is at most {@code target}.
     *
     * @param target blocking probability, more than 0 and less than 1 (e.g. 0.01)
     */
    public static int trunksFor(double erlangs, double target) {
        requireTraffic(erlangs);
        Require.that(target > 0 && target < 1, "target blocking must be between 0 and 1 (exclusive), but was "
                + target);
        double b = 1.0;
        int n = 0;
        while (b > target) {
            n++;
            b = erlangs * b / (n + erlangs * b);
        }
        return n;
    }

    static void requireTraffic(double erlangs) {
        Require.that(erlangs >= 0 && Double.isFinite(erlangs), "traffic (erlangs) must be finite and not negative, "
                + "but was " + erlangs);
    }
}
