package org.govcc.routing;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillRequirement;

/**
 * The distributor's configuration: the skills that exist and the queues.
 *
 * <p>Immutable; refuses bad configuration on construction with a message naming the field: an empty queue
 * set, duplicate queue ids, a skill no one declared, a negative time-out.
 *
 * @param skills every skill agents may hold and calls may require
 * @param queues the queues, at least one, ids unique
 * @param zone the time zone in which "calls today" resets at midnight
 * @param ringGuard extra time, after an offer's ring time-out, before the distributor gives up on a call side
 *     that never reported the outcome
 * @since 0.1
 */
public record DistributorConfig(Set<SkillId> skills, List<QueueConfig> queues, ZoneId zone, Duration ringGuard) {

    /** Validates the values. */
    public DistributorConfig {
        skills = Set.copyOf(Require.nonNull(skills, "skills"));
        queues = List.copyOf(Require.nonNull(queues, "queues"));
        Require.that(!queues.isEmpty(), "queues must not be empty: configure at least one queue");
        Require.nonNull(zone, "zone");
        Require.nonNull(ringGuard, "ringGuard");
        Require.that(!ringGuard.isNegative(), "ringGuard must not be negative, but was " + ringGuard);
        Set<QueueId> seen = new HashSet<>();
        for (QueueConfig q : queues) {
            Require.that(seen.add(q.id()), "queues: queue id '" + q.id() + "' is configured twice");
            for (SkillRequirement r : q.requirements()) {
                requireKnown(skills, r.skill(), "queues[" + q.id() + "].requirements");
            }
            for (int i = 0; i < q.steps().size(); i++) {
                for (var e : q.steps().get(i).overflowTo().entrySet()) {
                    requireKnown(skills, e.getKey(), "queues[" + q.id() + "].steps[" + i + "].overflowTo");
                    requireKnown(skills, e.getValue(), "queues[" + q.id() + "].steps[" + i + "].overflowTo");
                }
            }
        }
    }

    /** Returns a configuration in the Europe/Athens zone with a 5 s ring guard. */
    public static DistributorConfig of(Set<String> skills, List<QueueConfig> queues) {
        Set<SkillId> ids = new HashSet<>();
        for (String s : Require.nonNull(skills, "skills")) {
            ids.add(new SkillId(s));
        }
        return new DistributorConfig(ids, queues, ZoneId.of("Europe/Athens"), Duration.ofSeconds(5));
    }

    static void requireKnown(Set<SkillId> skills, SkillId skill, String field) {
        Require.that(skills.contains(skill), field + ": unknown skill '" + skill + "'; known skills: "
                + new java.util.TreeSet<>(skills.stream().map(SkillId::value).toList()));
    }
}
