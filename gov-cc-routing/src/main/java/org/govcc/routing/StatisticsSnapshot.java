package org.govcc.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * Live statistics of the whole distributor: per queue, in total, and of the agents.
 *
 * @param at when it was taken
 * @param queues one snapshot per queue, in configuration order
 * @param total all queues together ({@code queue = "*"}); its wait estimate is for the first queue
 * @param agentsByStatus how many agents are in each status now
 * @param occupancy busy time (reserved, talking, wrap-up) over busy plus available time, all agents, since start
 * @since 0.1
 */
public record StatisticsSnapshot(Instant at, List<QueueSnapshot> queues, QueueSnapshot total,
                                 Map<AgentStatus, Integer> agentsByStatus, double occupancy) {

    /** Validates the values and freezes the collections. */
    public StatisticsSnapshot {
        Require.nonNull(at, "at");
        queues = List.copyOf(Require.nonNull(queues, "queues"));
        Require.nonNull(total, "total");
        agentsByStatus = Map.copyOf(Require.nonNull(agentsByStatus, "agentsByStatus"));
    }

    /** Returns the snapshot of queue {@code id}, if configured. */
    public Optional<QueueSnapshot> queue(QueueId id) {
        return queues.stream().filter(q -> q.isOf(id)).findFirst();
    }
}
