package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.routing.Priority;

/**
 * The statistics of the {@link CallDistributor}: what each call outcome adds to its queue's counters, the wait
 * estimate for a new caller, and the snapshots built from the counters. Stateless; every method must be called
 * under the distributor's lock, since it reads or writes {@link QueueState} and {@link AgentRecord}.
 */
final class QueueStatistics {

    private static final String ANY_QUEUE = "*";

    private QueueStatistics() {
    }

    /** Counts a call answered by an agent (not a callback) that waited {@code waited}. */
    static void answered(QueueState q, Duration waited, long waitedMicros) {
        q.answered++;
        q.waitedMicrosTotal += waitedMicros;
        if (waited.compareTo(q.config.serviceLevelThreshold()) <= 0) {
            q.answeredWithin++;
        }
    }

    /** Counts a caller (not a callback) who hung up after waiting {@code waited}. */
    static void abandoned(QueueState q, Duration waited) {
        q.abandoned++;
        if (waited.compareTo(q.config.shortAbandonThreshold()) < 0) {
            q.shortAbandoned++;
        }
    }

    /** Counts a finished conversation of {@code talkMicros}. */
    static void talked(QueueState q, long talkMicros) {
        q.talkMicros += talkMicros;
        q.talkCount++;
    }

    /**
     * Counts a finished wrap-up of {@code wrapMicros} and moves the queue's handle-time estimate (an
     * exponentially weighted mean) towards this call's talk plus wrap-up.
     */
    static void wrappedUp(QueueState q, long wrapMicros, long talkMicros) {
        q.wrapMicros += wrapMicros;
        q.wrapCount++;
        double handleSeconds = (talkMicros + wrapMicros) / 1e6;
        q.handleEstimateSeconds += 0.05 * (handleSeconds - q.handleEstimateSeconds);
    }

    /**
     * Returns the position and wait of a new caller of {@code priority}: {@code max(0, position - available) x
     * AHT / staffed}, or {@code position x AHT} when nobody is staffed.
     */
    static WaitEstimate estimate(QueueState q, Priority priority) {
        int ahead = 0;
        for (int p = priority.value(); p <= 100; p++) {
            ahead += q.waitingByPriority[p];
        }
        int position = ahead + 1;
        double h = q.handleEstimateSeconds;
        double seconds;
        if (q.staffed == 0) {
            seconds = h * position;
        } else {
            seconds = Math.max(0, position - q.available) * h / q.staffed;
        }
        return new WaitEstimate(position, Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /**
     * Builds the statistics of every queue, their total and the agents.
     *
     * @param queues the queues, in configuration order (at least one)
     * @param agents every registered agent
     * @param nowMicros {@code now} on the distributor's microsecond time line
     */
    static StatisticsSnapshot snapshot(QueueState[] queues, Collection<AgentRecord> agents, Instant now,
                                       long nowMicros) {
        List<QueueSnapshot> list = new ArrayList<>();
        QueueState sum = new QueueState(-1, queues[0].config);
        long oldest = Long.MAX_VALUE;
        for (QueueState q : queues) {
            long queueOldest = oldestWaiting(q);
            list.add(queueSnapshot(q, q.config.id().value(), queues[0], now, nowMicros,
                    Math.min(queueOldest, nowMicros)));
            oldest = Math.min(oldest, queueOldest);
            sum.add(q);
        }
        QueueSnapshot total = queueSnapshot(sum, ANY_QUEUE, queues[0], now, nowMicros,
                oldest == Long.MAX_VALUE ? nowMicros : oldest);
        Map<AgentStatus, Integer> byStatus = new EnumMap<>(AgentStatus.class);
        for (AgentStatus s : AgentStatus.values()) {
            byStatus.put(s, 0);
        }
        long busy = 0;
        long idle = 0;
        for (AgentRecord a : agents) {
            byStatus.merge(a.state.status(), 1, Integer::sum);
            long[] t = a.timeIn.clone();
            t[a.state.status().ordinal()] += nowMicros - a.sinceMicros;
            busy += t[AgentStatus.RESERVED.ordinal()] + t[AgentStatus.TALKING.ordinal()]
                    + t[AgentStatus.WRAP_UP.ordinal()];
            idle += t[AgentStatus.AVAILABLE.ordinal()];
        }
        double occupancy = busy + idle == 0 ? 0.0 : (double) busy / (busy + idle);
        return new StatisticsSnapshot(now, list, total, byStatus, occupancy);
    }

    /**
     * Returns when the longest-waiting call of {@code q} arrived, or {@code Long.MAX_VALUE}. Scans the waiting
     * calls: snapshots are taken every few seconds, while an index would cost every routing decision.
     */
    private static long oldestWaiting(QueueState q) {
        long oldest = Long.MAX_VALUE;
        for (Lane lane : q.lanes.values()) {
            for (CallEntry e : lane.entries) {
                oldest = Math.min(oldest, e.sinceMicros);
            }
        }
        return oldest;
    }

    /** The total ({@code index < 0}) carries the wait estimate of {@code first}, the first queue. */
    private static QueueSnapshot queueSnapshot(QueueState q, String name, QueueState first, Instant now,
                                               long nowMicros, long oldestMicros) {
        QueueState of = q.index >= 0 ? q : first;
        WaitEstimate est = estimate(of, of.config.priority());
        long counted = q.answered + q.abandoned - q.shortAbandoned;
        double sl = counted == 0 ? 1.0 : (double) q.answeredWithin / counted;
        return new QueueSnapshot(name, now, q.waiting, micros(nowMicros - oldestMicros), est.expectedWait(),
                est.position(), q.offered, q.answered, q.answeredWithin, q.abandoned, q.shortAbandoned, sl,
                micros(q.talkCount == 0 ? 0 : q.talkMicros / q.talkCount),
                micros(q.wrapCount == 0 ? 0 : q.wrapMicros / q.wrapCount),
                micros(q.answered == 0 ? 0 : q.waitedMicrosTotal / q.answered),
                q.callbacksRequested, q.callbacksConnected, q.callbacksFailed, q.staffed, q.available);
    }

    private static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1000);
    }
}
