package org.govcc.api.agent;

import java.util.Map;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;

/**
 * An agent's standing data: name, organisation and skills.
 *
 * @param id the agent's identity
 * @param displayName the name supervisors see
 * @param organisation the body the agent works for
 * @param skills skills with levels; may be empty (the agent then serves no queue)
 * @since 0.1
 */
public record AgentProfile(AgentId id, String displayName, OrganisationId organisation,
                           Map<SkillId, SkillLevel> skills) {
    /** Validates the values and freezes the skills. */
    public AgentProfile {
        Require.nonNull(id, "id");
        Require.nonBlank(displayName, "displayName");
        Require.nonNull(organisation, "organisation");
        skills = Map.copyOf(Require.nonNull(skills, "skills"));
    }
}
