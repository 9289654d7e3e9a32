package org.govcc.reference.reports;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.LineId;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * Which calls and agents a report counts, and the thresholds each queue's calls are measured against. Immutable.
 *
 * @param period the period and its buckets
 * @param line only this line's calls, or every line's
 * @param queues only these queues' calls (a topic's, or a body's topics'); empty for all
 * @param agents only these agents' time (a body's); empty for all
 * @param serviceLevel each queue's T of "answered within T" ({@code queues.json}'s {@code serviceLevelSeconds})
 * @param shortAbandon each queue's short-abandon threshold ({@code shortAbandonSeconds})
 * @param defaultServiceLevel the service-level threshold of a queue the map does not name
 * @param defaultShortAbandon the short-abandon threshold of a queue the map does not name
 */
public record ReportSelection(ReportPeriod period, Optional<LineId> line, Set<QueueId> queues, Set<AgentId> agents,
                              Map<QueueId, Duration> serviceLevel, Map<QueueId, Duration> shortAbandon,
                              Duration defaultServiceLevel, Duration defaultShortAbandon) {

    /** Validates the values and freezes the collections. */
    public ReportSelection {
        Require.nonNull(period, "period");
        Require.nonNull(line, "line");
        queues = Set.copyOf(Require.nonNull(queues, "queues"));
        agents = Set.copyOf(Require.nonNull(agents, "agents"));
        serviceLevel = Map.copyOf(Require.nonNull(serviceLevel, "serviceLevel"));
        shortAbandon = Map.copyOf(Require.nonNull(shortAbandon, "shortAbandon"));
        Require.nonNull(defaultServiceLevel, "defaultServiceLevel");
        Require.nonNull(defaultShortAbandon, "defaultShortAbandon");
    }

    /** Returns the same selection over another period. */
    public ReportSelection over(ReportPeriod other) {
        return new ReportSelection(other, line, queues, agents, serviceLevel, shortAbandon, defaultServiceLevel,
                defaultShortAbandon);
    }
}
