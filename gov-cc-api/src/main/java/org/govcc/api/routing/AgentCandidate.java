package org.govcc.api.routing;

import java.time.Instant;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.internal.Require;

/**
 * An available agent who could take a call, with what strategies rank on.
 *
 * @param agent the agent
 * @param skills the agent's skills and levels
 * @param idleSince when the agent last became available
 * @param callsToday calls the agent has answered today
 * @since 0.1
 */
public record AgentCandidate(AgentId agent, Map<SkillId, SkillLevel> skills, Instant idleSince, int callsToday) {
    /** Validates the values and freezes the skills. */
    public AgentCandidate {
        Require.nonNull(agent, "agent");
        skills = Map.copyOf(Require.nonNull(skills, "skills"));
        Require.nonNull(idleSince, "idleSince");
        Require.nonNegative(callsToday, "callsToday");
    }

    /** Returns whether this agent meets every requirement. */
    public boolean meets(Iterable<SkillRequirement> requirements) {
        for (SkillRequirement r : requirements) {
            SkillLevel level = skills.get(r.skill());
            if (level == null || !level.atLeast(r.minimum())) {
                return false;
            }
        }
        return true;
    }

    /** Returns the agent's level in {@code skill}, or 0 if the agent lacks it. */
    public int levelIn(SkillId skill) {
        SkillLevel level = skills.get(skill);
        return level == null ? 0 : level.value();
    }
}
