package org.govcc.reference.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.RoutingStep;

/**
 * Keeps a confidential line's calls among complaint officers: every skill a confidential queue offers its calls to
 * (its requirements and the pools it overflows to) must belong to confidential queues only. Otherwise an overflow
 * to a skill that general agents hold for the standard lines would hand complaints to them (and silently make
 * them complaint officers, since whoever holds a confidential skill is one).
 */
final class SealedRoutingCheck {

    private SealedRoutingCheck() {
    }

    /** Adds a problem to {@code queues} for each confidential queue's skill that a standard queue also uses. */
    static void check(LineConfiguration configuration, JsonFile queues) {
        Set<QueueId> sealed = configuration.confidentialQueueIds();
        for (QueueConfig queue : configuration.distributor().queues()) {
            if (!sealed.contains(queue.id())) {
                continue;
            }
            int index = indexOf(queues, queue.id());
            for (int r = 0; r < queue.requirements().size(); r++) {
                SkillId skill = queue.requirements().get(r).skill();
                int requirement = r;
                sharedWith(configuration, sealed, skill).ifPresent(other -> queues.problem(
                        JsonFile.pointer("queues", index, "skills", requirement, "skill"), message(queue, skill, other)));
            }
            for (int s = 0; s < queue.steps().size(); s++) {
                RoutingStep step = queue.steps().get(s);
                for (Map.Entry<SkillId, SkillId> overflow : step.overflowTo().entrySet()) {
                    SkillId skill = overflow.getValue();
                    int stepIndex = s;
                    sharedWith(configuration, sealed, skill).ifPresent(other -> queues.problem(
                            JsonFile.pointer("queues", index, "widening", stepIndex, "overflow", "to"),
                            message(queue, skill, other)));
                }
            }
        }
    }

    private static String message(QueueConfig queue, SkillId skill, QueueId other) {
        return "queue '" + queue.id() + "' takes a confidential line's calls, but its skill '" + skill
                + "' is also used by queue '" + other + "' of a standard line: complaints could reach general"
                + " agents; give the confidential queue skills of its own";
    }

    private static Optional<QueueId> sharedWith(LineConfiguration configuration, Set<QueueId> sealed,
                                               SkillId skill) {
        return configuration.distributor().queues().stream().filter(q -> !sealed.contains(q.id()))
                .filter(q -> LineConfiguration.skillsOf(q).contains(skill)).map(QueueConfig::id).findFirst();
    }

    private static int indexOf(JsonFile queues, QueueId id) {
        var list = queues.root().get("queues");
        for (int i = 0; i < list.size(); i++) {
            if (id.value().equals(list.get(i).path("id").asText())) {
                return i;
            }
        }
        return 0;
    }
}
