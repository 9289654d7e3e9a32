package org.govcc.routing.staffing;

import java.time.LocalTime;
import java.util.List;
import org.govcc.api.internal.Require;

/**
 * The shape of a day's arrivals: a relative weight for each hour from {@code from} (e.g. a morning peak, a
 * lunchtime dip, a quiet evening). A line's own measured curve; hours past the last weight keep the last one.
 *
 * @param from the hour the first weight applies to
 * @param weights one non-negative weight per hour, at least one, not all zero
 * @since 0.1
 */
public record HourlyShape(LocalTime from, List<Double> weights) {

    /** Validates the values and freezes the list. */
    public HourlyShape {
        Require.nonNull(from, "from");
        weights = List.copyOf(Require.nonNull(weights, "weights"));
        Require.that(!weights.isEmpty(), "weights must hold at least one hour");
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            double w = weights.get(i);
            Require.that(w >= 0 && Double.isFinite(w), "weights[" + i + "] must be a finite number, not negative, but was "
                    + w);
            sum += w;
        }
        Require.that(sum > 0, "weights must not all be zero");
    }

    /** Returns the weight at {@code secondOfDay}: that of its hour counted from {@link #from()}, clamped to the list. */
    public double weightAt(double secondOfDay) {
        int h = (int) Math.floor((secondOfDay - from.toSecondOfDay()) / 3600.0);
        return weights.get(Math.max(0, Math.min(weights.size() - 1, h)));
    }
}
