package org.govcc.api.routing;

import org.govcc.api.internal.Require;

/**
 * A skill a call needs, at a minimum level.
 *
 * @param skill the skill
 * @param minimum the lowest acceptable level
 * @since 0.1
 */
public record SkillRequirement(SkillId skill, SkillLevel minimum) {
    /** Validates the values. */
    public SkillRequirement {
        Require.nonNull(skill, "skill");
        Require.nonNull(minimum, "minimum");
    }

    /** Returns a requirement of {@code skill} at level {@code minimum}. */
    public static SkillRequirement of(String skill, int minimum) {
        return new SkillRequirement(new SkillId(skill), SkillLevel.of(minimum));
    }
}
