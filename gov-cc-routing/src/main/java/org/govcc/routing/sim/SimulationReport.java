package org.govcc.routing.sim;

import java.time.Duration;
import java.time.Instant;
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
 * @param queueQuarters per queue and quarter hour of arrival, what became of the calls (measured or not)
 * @param agentQuarters per quarter hour, all agents' busy and staffed time
 * @param ended when the run ended (the agents' states still open are counted until then)
 * @since 0.1
 */
public record SimulationReport(String scenario, long offered, long answered, long abandoned,
                               double carriedErlangs, double serviceLevel,
                               double averageSpeedOfAnswerSeconds, double abandonRate, double occupancy,
                               double estimatorMeanErrorSeconds, double estimatorMeanAbsoluteErrorSeconds,
                               double estimatorMeanAbsoluteErrorWaitingSeconds, List<Interval> intervals,
                               List<String> invariantProblems, long wallMillis, long events,
                               List<QueueQuarter> queueQuarters, List<AgentQuarter> agentQuarters,
                               Instant ended) {

    /** Freezes the lists. */
    public SimulationReport {
        intervals = List.copyOf(Require.nonNull(intervals, "intervals"));
        invariantProblems = List.copyOf(Require.nonNull(invariantProblems, "invariantProblems"));
        queueQuarters = List.copyOf(Require.nonNull(queueQuarters, "queueQuarters"));
        agentQuarters = List.copyOf(Require.nonNull(agentQuarters, "agentQuarters"));
        Require.nonNull(ended, "ended");
    }

    /**
     * What became of the calls that arrived for one queue in one quarter hour (from the scenario's start), as the
     * simulator counted them: the figures a contact centre's interval report gives. Waits are compared with the
     * queue's thresholds in whole milliseconds.
     *
     * @param queue the queue
     * @param start the quarter's start
     * @param offered calls queued
     * @param refused calls the distributor refused (a full queue): never queued, not offered
     * @param answered of the offered, answered
     * @param answeredWithin of those, within the queue's service-level threshold
     * @param abandoned hung up while waiting or ringing, at or after the short-abandon threshold
     * @param abandonedWithin of those, within the service-level threshold
     * @param shortAbandoned hung up before the short-abandon threshold
     * @param answeredWait the answered calls' waits, added up
     * @param handled answered calls whose conversation ended
     * @param talk their talk, added up
     * @param wrappedUp calls whose after-call work ended
     * @param wrapUp that work, added up
     */
    public record QueueQuarter(String queue, Instant start, long offered, long refused, long answered,
                               long answeredWithin, long abandoned, long abandonedWithin, long shortAbandoned,
                               Duration answeredWait, long handled, Duration talk,
                               long wrappedUp, Duration wrapUp) {
    }

    /**
     * All agents' time in one quarter hour: busy (offered a call, talking, after-call work) and staffed (busy or
     * available; breaks and signed-out time are neither).
     *
     * @param start the quarter's start
     * @param busy busy time
     * @param staffed staffed time
     */
    public record AgentQuarter(Instant start, Duration busy, Duration staffed) {
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
