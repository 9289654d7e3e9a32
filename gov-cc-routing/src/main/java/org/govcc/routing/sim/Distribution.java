package org.govcc.routing.sim;

import java.util.SplittableRandom;
import org.govcc.api.internal.Require;

/**
 * A distribution of durations in seconds, sampled with the simulator's seeded random source.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Distribution {

    /** Returns one sample, in seconds (zero or more). */
    double sample(SplittableRandom random);

    /** Returns the exponential distribution with {@code mean} seconds (what Erlang C assumes). */
    static Distribution exponential(double mean) {
        Require.that(mean > 0, "mean must be more than zero, but was " + mean);
        return r -> -mean * Math.log(1 - r.nextDouble());
    }

    /** Returns a constant. */
    static Distribution fixed(double seconds) {
        Require.that(seconds >= 0, "seconds must not be negative, but was " + seconds);
        return r -> seconds;
    }

    /** Returns the log-normal distribution with {@code mean} and standard deviation {@code sd} (seconds). */
    static Distribution logNormal(double mean, double sd) {
        Require.that(mean > 0 && sd > 0, "mean and sd must be more than zero, but were " + mean + ", " + sd);
        double sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
        double mu = Math.log(mean) - sigma2 / 2;
        double sigma = Math.sqrt(sigma2);
        return r -> {
            double u1 = 1 - r.nextDouble();
            double u2 = r.nextDouble();
            double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
            return Math.exp(mu + sigma * z);
        };
    }
}
