package org.govcc.api.agent;

import org.govcc.api.internal.Require;

/**
 * Identifies an agent (a person who answers calls).
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record AgentId(String value) {
    /** Validates the value. */
    public AgentId {
        Require.id(value, "agent id");
    }

    @Override
    public String toString() {
        return value;
    }
}
