package org.govcc.api.routing;

import org.govcc.api.internal.Require;

/**
 * Identifies a skill an agent may hold and a call may require (e.g. {@code pensions}, {@code lang-en}).
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record SkillId(String value) {
    /** Validates the value. */
    public SkillId {
        Require.id(value, "skill id");
    }

    @Override
    public String toString() {
        return value;
    }
}
