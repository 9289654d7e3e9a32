package org.govcc.api.control;

import org.govcc.api.internal.Require;

/**
 * Identifies a prompt in a prompt catalogue (the catalogue maps it to audio per language).
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record PromptId(String value) {
    /** Validates the value. */
    public PromptId {
        Require.id(value, "prompt id");
    }

    @Override
    public String toString() {
        return value;
    }
}
