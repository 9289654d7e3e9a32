package org.govcc.routing.staffing;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.internal.Require;

/**
 * Expected calls per interval of a day (e.g. half-hourly), from opening to closing.
 *
 * @param open when the first interval starts
 * @param interval the length of every interval
 * @param calls expected calls in each interval, in order; at least one interval
 * @since 0.1
 */
public record ArrivalProfile(LocalTime open, Duration interval, List<Double> calls) {

    /** Validates the values and freezes the list. */
    public ArrivalProfile {
        Require.nonNull(open, "open");
        ErlangC.positive(interval, "interval");
        calls = List.copyOf(Require.nonNull(calls, "calls"));
        Require.that(!calls.isEmpty(), "calls must hold at least one interval");
        for (int i = 0; i < calls.size(); i++) {
            Double c = calls.get(i);
            Require.that(c != null && c >= 0 && Double.isFinite(c),
                    "calls[" + i + "] must be a finite number, not negative, but was " + c);
        }
    }

    /** Returns {@code total} calls spread evenly from {@code open} to {@code close}. */
    public static ArrivalProfile flat(double total, LocalTime open, LocalTime close, Duration interval) {
        int n = intervals(open, close, interval);
        List<Double> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(total / n);
        }
        return new ArrivalProfile(open, interval, calls);
    }

    /**
     * Returns {@code total} calls from {@code open} to {@code close} following {@code shape} (each interval weighted
     * by the hour its middle falls in).
     */
    public static ArrivalProfile shaped(double total, LocalTime open, LocalTime close, Duration interval,
                                        HourlyShape shape) {
        Require.nonNull(shape, "shape");
        int n = intervals(open, close, interval);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = shape.weightAt(open.toSecondOfDay() + (i + 0.5) * interval.toSeconds());
            sum += w[i];
        }
        Require.that(sum > 0, "the shape gives no calls between " + open + " and " + close);
        List<Double> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(total * w[i] / sum);
        }
        return new ArrivalProfile(open, interval, calls);
    }

    private static int intervals(LocalTime open, LocalTime close, Duration interval) {
        Require.nonNull(open, "open");
        Require.nonNull(close, "close");
        ErlangC.positive(interval, "interval");
        Require.that(close.isAfter(open), "close must be after open, but was " + open + "-" + close);
        long span = Duration.between(open, close).toSeconds();
        Require.that(span % interval.toSeconds() == 0, "the day " + open + "-" + close
                + " must divide into whole intervals of " + interval);
        return (int) (span / interval.toSeconds());
    }

    /** Returns the total calls of the day. */
    public double total() {
        return calls.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Returns when interval {@code i} starts. */
    public LocalTime start(int i) {
        return open.plusSeconds(i * interval.toSeconds());
    }

    /** Returns when the last interval ends. */
    public LocalTime close() {
        return start(calls.size());
    }
}
