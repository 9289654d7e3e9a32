package org.govcc.api.complaint;

import org.govcc.api.internal.Require;

/**
 * Identifies a complaint received on a complaint line.
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record ComplaintId(String value) {
    /** Validates the value. */
    public ComplaintId {
        Require.id(value, "complaint id");
    }

    @Override
    public String toString() {
        return value;
    }
}
