package org.govcc.api.schedule;

import org.govcc.api.internal.Require;

/**
 * Identifies a set of opening hours (a line's or a topic's), as hours of operation are named in the field.
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record ScheduleId(String value) {
    /** Validates the value. */
    public ScheduleId {
        Require.id(value, "schedule id");
    }

    @Override
    public String toString() {
        return value;
    }
}
