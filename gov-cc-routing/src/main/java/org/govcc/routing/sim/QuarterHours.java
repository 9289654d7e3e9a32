package org.govcc.routing.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentStatus;
import org.govcc.routing.QueueConfig;

/**
 * The simulator's own counts per quarter hour, as a contact centre's reports give them: per queue the calls that
 * arrived in it and how they went, and all agents' busy and staffed time. Waits are compared with the thresholds in
 * whole milliseconds, the resolution the call records keep. Not thread-safe (the simulator's thread only).
 */
final class QuarterHours {

    static final Duration QUARTER = Duration.ofMinutes(15);

    private final Instant start;
    private final Map<String, QueueConfig> queues;
    private final Map<String, Calls> calls = new TreeMap<>();
    private final Map<Long, long[]> agentNanos = new TreeMap<>();
    private final Map<AgentId, Instant> since = new HashMap<>();
    private final Map<AgentId, AgentStatus> status = new HashMap<>();

    QuarterHours(Instant start, List<QueueConfig> queues) {
        this.start = start;
        this.queues = new HashMap<>();
        queues.forEach(q -> this.queues.put(q.id().value(), q));
    }

    /** A call that arrived at {@code at} for {@code queue} and was queued ({@code refused} if it was not). */
    void arrived(String queue, Instant at, boolean refused) {
        Calls c = of(queue, at);
        if (refused) {
            c.refused++;
        } else {
            c.offered++;
        }
    }

    void answered(String queue, Instant arrived, Duration waited) {
        Calls c = of(queue, arrived);
        c.answered++;
        c.answeredWaitNanos += waited.toNanos();
        if (waited.toMillis() <= queues.get(queue).serviceLevelThreshold().toMillis()) {
            c.answeredWithin++;
        }
    }

    void abandoned(String queue, Instant arrived, Duration waited) {
        Calls c = of(queue, arrived);
        QueueConfig q = queues.get(queue);
        if (waited.toMillis() < q.shortAbandonThreshold().toMillis()) {
            c.shortAbandoned++;
            return;
        }
        c.abandoned++;
        if (waited.toMillis() <= q.serviceLevelThreshold().toMillis()) {
            c.abandonedWithin++;
        }
    }

    void talked(String queue, Instant arrived, Duration talk) {
        Calls c = of(queue, arrived);
        c.handled++;
        c.talkNanos += talk.toNanos();
    }

    void wrappedUp(String queue, Instant arrived, Duration wrapUp) {
        Calls c = of(queue, arrived);
        c.wrappedUp++;
        c.wrapUpNanos += wrapUp.toNanos();
    }

    /** Agent {@code agent} entered {@code to} at {@code at}: the state it leaves is added to the quarters it spans. */
    void agentState(AgentId agent, AgentStatus to, Instant at) {
        close(agent, at);
        since.put(agent, at);
        status.put(agent, to);
    }

    /** Returns the calls' counts per queue and quarter. */
    List<SimulationReport.QueueQuarter> queueQuarters() {
        List<SimulationReport.QueueQuarter> list = new ArrayList<>();
        calls.forEach((key, c) -> list.add(new SimulationReport.QueueQuarter(c.queue, c.start, c.offered, c.refused,
                c.answered, c.answeredWithin, c.abandoned, c.abandonedWithin, c.shortAbandoned,
                Duration.ofNanos(c.answeredWaitNanos), c.handled, Duration.ofNanos(c.talkNanos), c.wrappedUp,
                Duration.ofNanos(c.wrapUpNanos))));
        return list;
    }

    /** Returns the agents' time per quarter, every state still open ended at {@code end}. */
    List<SimulationReport.AgentQuarter> agentQuarters(Instant end) {
        for (AgentId agent : List.copyOf(since.keySet())) {
            close(agent, end);
            since.put(agent, end);
        }
        List<SimulationReport.AgentQuarter> list = new ArrayList<>();
        agentNanos.forEach((k, t) -> list.add(new SimulationReport.AgentQuarter(start.plus(QUARTER.multipliedBy(k)),
                Duration.ofNanos(t[0]), Duration.ofNanos(t[1]))));
        return list;
    }

    private void close(AgentId agent, Instant at) {
        Instant from = since.get(agent);
        AgentStatus s = status.get(agent);
        if (from == null || s == AgentStatus.LOGGED_OUT || s == AgentStatus.ON_BREAK) {
            return;
        }
        boolean busy = s != AgentStatus.AVAILABLE;
        Instant t = from;
        while (t.isBefore(at)) {
            long k = index(t);
            Instant quarterEnd = start.plus(QUARTER.multipliedBy(k + 1));
            Instant to = quarterEnd.isBefore(at) ? quarterEnd : at;
            long nanos = Duration.between(t, to).toNanos();
            long[] time = agentNanos.computeIfAbsent(k, i -> new long[2]);
            time[0] += busy ? nanos : 0;
            time[1] += nanos;
            t = to;
        }
    }

    private Calls of(String queue, Instant arrived) {
        long k = index(arrived);
        return calls.computeIfAbsent(String.format("%08d %s", k, queue),
                key -> new Calls(queue, start.plus(QUARTER.multipliedBy(k))));
    }

    private long index(Instant t) {
        return Math.floorDiv(Duration.between(start, t).toNanos(), QUARTER.toNanos());
    }

    private static final class Calls {
        final String queue;
        final Instant start;
        long offered;
        long refused;
        long answered;
        long answeredWithin;
        long abandoned;
        long abandonedWithin;
        long shortAbandoned;
        long answeredWaitNanos;
        long handled;
        long talkNanos;
        long wrappedUp;
        long wrapUpNanos;

        Calls(String queue, Instant start) {
            this.queue = queue;
            this.start = start;
        }
    }
}
