package org.govcc.api.ivr;

import org.govcc.api.internal.Require;

/**
 * Identifies an IVR flow.
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record FlowId(String value) {
    /** Validates the value. */
    public FlowId {
        Require.id(value, "flow id");
    }

    @Override
    public String toString() {
        return value;
    }
}
