package org.govcc.api.routing;

import org.govcc.api.internal.Require;

/**
 * Identifies a topic the line serves (e.g. insurance and pensions).
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record TopicId(String value) {
    /** Validates the value. */
    public TopicId {
        Require.id(value, "topic id");
    }

    @Override
    public String toString() {
        return value;
    }
}
