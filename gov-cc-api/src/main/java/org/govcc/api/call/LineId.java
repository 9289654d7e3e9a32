package org.govcc.api.call;

import org.govcc.api.internal.Require;

/**
 * Identifies a service line (e.g. the main citizen line, or the 24/7 complaint line).
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record LineId(String value) {
    /** Validates the value. */
    public LineId {
        Require.id(value, "line id");
    }

    @Override
    public String toString() {
        return value;
    }
}
