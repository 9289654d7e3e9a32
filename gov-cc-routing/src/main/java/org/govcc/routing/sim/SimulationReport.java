package org.govcc.routing.sim;

import java.time.LocalTime;
import java.util.List;
import org.govcc.api.internal.Require;

/**
 * What a simulation run measured, over the calls that arrived after the warm-up.
 *
 * <p>Service level: answered within T over calls offered, less abandons quicker than the short-abandon
 * threshold (5 s), as the distributor defines it. Estimator error: for every answered call, the wait the
 * distributor predicted when it queued the call minus the wait it had.
 *
 * @param scenario the scenario's name
 * @param offered calls measured
 * @param answered of those, answered
 * @param abandoned of those, abandoned (hung up while waiting or ringing)
 * @param carriedErlangs the load the run realised: handling time of the measured answered calls over the
 *     measured period (Poisson arrivals and random handling times make it differ from the nominal load)
 * @param serviceLevel answered within 20 s share, as above
 * @param averageSpeedOfAnswerSeconds mean wait of answered calls
 * @param abandonRate abandoned over offered
 * @param occupancy the distributor's occupancy over the whole run
 * @param estimatorMeanErrorSeconds mean of predicted minus actual wait (bias), answered calls
 * @param estimatorMeanAbsoluteErrorSeconds mean absolute error, answered calls
 * @param estimatorMeanAbsoluteErrorWaitingSeconds mean absolute error of answered calls that had to wait
 * @param intervals per arrival interval
 * @param invariantProblems violations of the distributor's invariants found at the end (should be empty)
 * @param wallMillis real time the run took
 * @param events events the distributor emitted
 * @since 0.1
 */
public record SimulationReport(String scenario, long offered, long answered, long abandoned,
                               double carriedErlangs, double serviceLevel,
                               double averageSpeedOfAnswerSeconds, double abandonRate, double occupancy,
                               double estimatorMeanErrorSeconds, double estimatorMeanAbsoluteErrorSeconds,
                               double estimatorMeanAbsoluteErrorWaitingSeconds, List<Interval> intervals,
                               List<String> invariantProblems, long wallMillis, long events) {

    /** Freezes the lists. */
    public SimulationReport {
        intervals = List.copyOf(Require.nonNull(intervals, "intervals"));
        invariantProblems = List.copyOf(Require.nonNull(invariantProblems, "invariantProblems"));
    }

    /**
     * One arrival interval's result.
     *
     * @param start when it starts (local time of the arrival profile)
     * @param offered calls that arrived in it
     * @param answered of those, answered
     * @param abandoned of those, abandoned
     * @param serviceLevel of those, as defined above
     */
    public record Interval(LocalTime start, long offered, long answered, long abandoned, double serviceLevel) {
    }

    /** Returns a one-paragraph summary in English. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%s: %d calls, %d answered, %d abandoned (%.1f%%), carried %.2f E, service level %.1f%% in 20 s, ASA %.1f s, "
                        + "occupancy %.1f%%, wait estimator bias %+.1f s, mean absolute error %.1f s (%.1f s for "
                        + "callers who waited); %d events in %d ms",
                scenario, offered, answered, abandoned, 100 * abandonRate, carriedErlangs, 100 * serviceLevel,
                averageSpeedOfAnswerSeconds, 100 * occupancy, estimatorMeanErrorSeconds,
                estimatorMeanAbsoluteErrorSeconds, estimatorMeanAbsoluteErrorWaitingSeconds, events, wallMillis);
    }
}
