package org.govcc.routing.staffing;

import java.time.Duration;
import org.govcc.api.internal.Require;

/**
 * Erlang A (M/M/N+M, Palm's model): a queue whose callers give up after an exponentially distributed
 * patience. More realistic than Erlang C when queues are long: abandonment relieves the queue.
 *
 * <p>Solved numerically on the birth-death chain (arrival rate {@code lambda}; in state {@code n} departures
 * at {@code min(n,N) mu + max(0, n-N) gamma}), truncated where the tail is negligible. The service level is
 * the share of <em>all</em> callers answered within {@code T}: for a caller who finds {@code m - 1} callers
 * waiting, position {@code m} advances at rate {@code N mu + (m-1) gamma} and the caller abandons at rate
 * {@code gamma}; the resulting equations are integrated over {@code [0, T]} (RK4). With very long patience it
 * agrees with {@link ErlangC}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ErlangA {

    private ErlangA() {
    }

    /**
     * The measures of one staffing level.
     *
     * @param agents agents
     * @param probabilityOfWaiting share of callers who find every agent busy
     * @param probabilityOfAbandon share of callers who give up
     * @param serviceLevel share of all callers answered within the threshold
     * @param averageWaitSeconds mean time in queue over all callers (answered and abandoned)
     * @param occupancy mean share of agents busy
     */
    public record Result(int agents, double probabilityOfWaiting, double probabilityOfAbandon, double serviceLevel,
                         double averageWaitSeconds, double occupancy) {
    }

    /**
     * Evaluates {@code agents} agents.
     *
     * @param callsPerSecond arrival rate, more than zero
     * @param handleTime mean handling time
     * @param patience mean caller patience
     * @param threshold T of the service level
     */
    public static Result evaluate(int agents, double callsPerSecond, Duration handleTime, Duration patience,
                                  Duration threshold) {
        Require.inRange(agents, 1, 100_000, "agents");
        Require.that(callsPerSecond > 0 && Double.isFinite(callsPerSecond),
                "callsPerSecond must be more than zero, but was " + callsPerSecond);
        ErlangC.positive(handleTime, "handleTime");
        ErlangC.positive(patience, "patience");
        Require.nonNull(threshold, "threshold");
        double lambda = callsPerSecond;
        double mu = 1 / ErlangC.seconds(handleTime);
        double gamma = 1 / ErlangC.seconds(patience);
        int n = agents;

        // log-probabilities of the states, until the tail beyond N is negligible
        double[] log = new double[Math.max(16, 4 * n)];
        log[0] = 0;
        double max = 0;
        int last = 0;
        for (int k = 1; ; k++) {
            if (k >= log.length) {
                log = java.util.Arrays.copyOf(log, log.length * 2);
            }
            double death = Math.min(k, n) * mu + Math.max(0, k - n) * gamma;
            log[k] = log[k - 1] + Math.log(lambda) - Math.log(death);
            max = Math.max(max, log[k]);
            last = k;
            if (k > n && death > lambda && log[k] < max - 45) {
                break;
            }
            Require.that(k < 5_000_000, "Erlang A did not converge");
        }
        double[] p = new double[last + 1];
        double sum = 0;
        for (int k = 0; k <= last; k++) {
            p[k] = Math.exp(log[k] - max);
            sum += p[k];
        }
        double wait = 0;
        double abandonRate = 0;
        double queueLength = 0;
        double busy = 0;
        for (int k = 0; k <= last; k++) {
            p[k] /= sum;
            if (k >= n) {
                wait += p[k];
            }
            int queued = Math.max(0, k - n);
            abandonRate += queued * gamma * p[k];
            queueLength += queued * p[k];
            busy += Math.min(k, n) * p[k];
        }
        double served = servedWithin(p, n, mu, gamma, ErlangC.seconds(threshold));
        return new Result(agents, wait, abandonRate / lambda, (1 - wait) + served, queueLength / lambda,
                busy / n);
    }

    /** Share of callers who wait and are answered within {@code t} seconds (RK4 over the tagged caller's position). */
    private static double servedWithin(double[] p, int n, double mu, double gamma, double t) {
        int positions = p.length - n; // a caller finding state n + m - 1 takes position m
        if (positions <= 0 || t <= 0) {
            return 0;
        }
        double[] q = new double[positions + 2]; // q[m], m = 1..positions; q[positions + 1] = 0
        for (int m = 1; m <= positions; m++) {
            q[m] = p[n + m - 1];
        }
        double fastest = n * mu + (positions + 1) * gamma;
        int steps = (int) Math.ceil(Math.max(200, t * fastest * 2));
        double dt = t / steps;
        double served = 0;
        double[] k1 = new double[q.length];
        double[] k2 = new double[q.length];
        double[] k3 = new double[q.length];
        double[] k4 = new double[q.length];
        double[] tmp = new double[q.length];
        for (int s = 0; s < steps; s++) {
            derivative(q, k1, n, mu, gamma, positions);
            axpy(q, k1, dt / 2, tmp, positions);
            derivative(tmp, k2, n, mu, gamma, positions);
            axpy(q, k2, dt / 2, tmp, positions);
            derivative(tmp, k3, n, mu, gamma, positions);
            axpy(q, k3, dt, tmp, positions);
            derivative(tmp, k4, n, mu, gamma, positions);
            served += n * mu * dt / 6 * (q[1] + 2 * (q[1] + dt / 2 * k1[1]) + 2 * (q[1] + dt / 2 * k2[1])
                    + (q[1] + dt * k3[1]));
            for (int m = 1; m <= positions; m++) {
                q[m] += dt / 6 * (k1[m] + 2 * k2[m] + 2 * k3[m] + k4[m]);
            }
        }
        return served;
    }

    private static void derivative(double[] q, double[] out, int n, double mu, double gamma, int positions) {
        for (int m = 1; m <= positions; m++) {
            double rate = n * mu + m * gamma;
            out[m] = rate * (m < positions ? q[m + 1] : 0) - rate * q[m];
        }
    }

    private static void axpy(double[] q, double[] k, double h, double[] out, int positions) {
        for (int m = 1; m <= positions; m++) {
            out[m] = q[m] + h * k[m];
        }
    }

    /** Returns the fewest agents whose Erlang A service level reaches {@code target}. */
    public static int agentsFor(double callsPerSecond, Duration handleTime, Duration patience, double target,
                                Duration threshold) {
        Require.that(target > 0 && target < 1, "target service level must be between 0 and 1 (exclusive), but was "
                + target);
        double erlangs = callsPerSecond * ErlangC.seconds(handleTime);
        int lo = 1;
        int hi = Math.max(2, (int) Math.ceil(erlangs) + 1);
        while (evaluate(hi, callsPerSecond, handleTime, patience, threshold).serviceLevel() < target) {
            hi *= 2;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (evaluate(mid, callsPerSecond, handleTime, patience, threshold).serviceLevel() >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
