package org.govcc.routing.sim;

import java.util.SplittableRandom;
import org.govcc.api.internal.Require;

/**
 * How long a call is handled: talk time and after-call work (wrap-up), sampled together.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HandleModel {

    /** Returns {talk seconds, wrap-up seconds}. */
    double[] sample(SplittableRandom random);

    /**
     * Returns a model whose total handling time is exponential with {@code mean} seconds (as Erlang C assumes),
     * {@code wrapShare} of it being wrap-up.
     */
    static HandleModel exponentialSplit(double mean, double wrapShare) {
        Require.that(wrapShare >= 0 && wrapShare < 1, "wrapShare must be in [0, 1), but was " + wrapShare);
        Distribution total = Distribution.exponential(mean);
        return r -> {
            double h = total.sample(r);
            return new double[] {h * (1 - wrapShare), h * wrapShare};
        };
    }

    /** Returns a model with independent talk and wrap-up times. */
    static HandleModel independent(Distribution talk, Distribution wrapUp) {
        Require.nonNull(talk, "talk");
        Require.nonNull(wrapUp, "wrapUp");
        return r -> new double[] {talk.sample(r), wrapUp.sample(r)};
    }
}
