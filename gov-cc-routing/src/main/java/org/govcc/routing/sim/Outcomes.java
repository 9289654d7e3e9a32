package org.govcc.routing.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts what became of a run's calls, per interval of the scenario and in total, over the measured window (calls
 * that arrived before it warm the line up and are not counted): offered, answered, abandoned, the service level
 * (answered within 20 s, short abandons under 5 s excluded), the average wait, and how far the distributor's
 * predicted waits were from the waits that followed.
 */
final class Outcomes {

    private static final Duration SERVICE_THRESHOLD = Duration.ofSeconds(20);
    private static final Duration SHORT_ABANDON = Duration.ofSeconds(5);

    private final Scenario scenario;
    private final Instant measureFrom;
    private final Instant arrivalsEnd;

    Outcomes(Scenario scenario, Instant measureFrom, Instant arrivalsEnd) {
        this.scenario = scenario;
        this.measureFrom = measureFrom;
        this.arrivalsEnd = arrivalsEnd;
    }

    /** Returns the report of {@code calls}, with the figures the run measured besides them. */
    SimulationReport report(Collection<SimCall> calls, double occupancy, List<String> problems, long wallMillis,
                            long events, QuarterHours quarters, Instant end) {
        int n = scenario.arrivals().calls().size();
        long[] offered = new long[n];
        long[] answered = new long[n];
        long[] within = new long[n];
        long[] abandoned = new long[n];
        long[] shortAbandoned = new long[n];
        double waitSum = 0;
        double workSum = 0;
        double errorSum = 0;
        double absErrorSum = 0;
        double absErrorWaitingSum = 0;
        long waitingSamples = 0;
        for (SimCall c : calls) {
            if (c.arrived.isBefore(measureFrom)) {
                continue;
            }
            int i = c.interval;
            offered[i]++;
            if (c.outcome == SimCall.Outcome.ANSWERED) {
                answered[i]++;
                waitSum += c.waited;
                workSum += c.handleSeconds;
                if (c.waited <= SERVICE_THRESHOLD.toSeconds()) {
                    within[i]++;
                }
                double error = c.predicted - c.waited;
                errorSum += error;
                absErrorSum += Math.abs(error);
                if (c.waited > 0) {
                    absErrorWaitingSum += Math.abs(error);
                    waitingSamples++;
                }
            } else if (c.outcome == SimCall.Outcome.ABANDONED || c.refused) {
                abandoned[i]++;
                if (!c.refused && c.waited < SHORT_ABANDON.toSeconds()) {
                    shortAbandoned[i]++;
                }
            }
        }
        List<SimulationReport.Interval> intervals = new ArrayList<>();
        long tOffered = 0;
        long tAnswered = 0;
        long tWithin = 0;
        long tAbandoned = 0;
        long tShort = 0;
        for (int i = 0; i < n; i++) {
            long counted = offered[i] - shortAbandoned[i];
            intervals.add(new SimulationReport.Interval(scenario.arrivals().start(i), offered[i], answered[i],
                    abandoned[i], counted == 0 ? 1.0 : (double) within[i] / counted));
            tOffered += offered[i];
            tAnswered += answered[i];
            tWithin += within[i];
            tAbandoned += abandoned[i];
            tShort += shortAbandoned[i];
        }
        long counted = tOffered - tShort;
        double window = Duration.between(measureFrom, arrivalsEnd).toNanos() / 1e9;
        return new SimulationReport(scenario.name(), tOffered, tAnswered, tAbandoned, workSum / window,
                counted == 0 ? 1.0 : (double) tWithin / counted, tAnswered == 0 ? 0 : waitSum / tAnswered,
                tOffered == 0 ? 0 : (double) tAbandoned / tOffered, occupancy,
                tAnswered == 0 ? 0 : errorSum / tAnswered, tAnswered == 0 ? 0 : absErrorSum / tAnswered,
                waitingSamples == 0 ? 0 : absErrorWaitingSum / waitingSamples, intervals, problems, wallMillis,
                events, quarters.queueQuarters(), quarters.agentQuarters(end), end);
    }
}
