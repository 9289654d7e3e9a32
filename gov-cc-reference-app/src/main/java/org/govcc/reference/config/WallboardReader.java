package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.govcc.api.routing.QueueId;
import org.govcc.routing.QueueConfig;

/**
 * Reads the optional {@code wallboard.json} (already checked against its schema) into {@link WallboardSettings}, and
 * checks its complaint queues against {@code queues.json}; problems go to the file.
 */
final class WallboardReader {

    private WallboardReader() {
    }

    /** The settings without the file: the default limits, the never-overtaken queues as the complaint line's. */
    static WallboardSettings defaults(Map<QueueId, QueueConfig> queues) {
        return WallboardSettings.defaults(neverOvertaken(queues));
    }

    static WallboardSettings read(JsonFile file, Map<QueueId, QueueConfig> queues, boolean queuesRead) {
        JsonNode alerts = file.root().path("alerts");
        Set<QueueId> complaint = new LinkedHashSet<>();
        if (alerts.has("complaintQueues")) {
            JsonNode list = alerts.get("complaintQueues");
            for (int i = 0; i < list.size(); i++) {
                QueueId queue = new QueueId(list.get(i).asText());
                if (queuesRead && !queues.containsKey(queue)) {
                    file.problem(JsonFile.pointer("alerts", "complaintQueues", i), "unknown queue '" + queue
                            + "'; queues.json defines " + queues.keySet().stream().map(QueueId::value).sorted()
                            .toList());
                }
                complaint.add(queue);
            }
        } else {
            complaint.addAll(neverOvertaken(queues));
        }
        return new WallboardSettings(complaint,
                seconds(alerts, "complaintWaitSeconds", WallboardSettings.DEFAULT_COMPLAINT_WAIT),
                alerts.path("serviceLevelRiskPercent").asInt(WallboardSettings.DEFAULT_RISK_PERCENT),
                alerts.path("serviceLevelMinimumCalls").asInt(WallboardSettings.DEFAULT_MINIMUM_CALLS),
                seconds(alerts, "wrapUpSeconds", WallboardSettings.DEFAULT_WRAP_UP_LIMIT),
                seconds(alerts, "breakSeconds", WallboardSettings.DEFAULT_BREAK_LIMIT));
    }

    private static Duration seconds(JsonNode alerts, String field, Duration otherwise) {
        return alerts.has(field) ? Duration.ofSeconds(alerts.get(field).asLong()) : otherwise;
    }

    private static Set<QueueId> neverOvertaken(Map<QueueId, QueueConfig> queues) {
        return queues.values().stream().filter(QueueConfig::neverOvertaken).map(QueueConfig::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
