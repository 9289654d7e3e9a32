package org.govcc.api.routing;

import org.govcc.api.internal.Require;

/**
 * Identifies a queue of the distributor; by default one queue per topic.
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record QueueId(String value) {
    /** Validates the value. */
    public QueueId {
        Require.id(value, "queue id");
    }

    @Override
    public String toString() {
        return value;
    }
}
