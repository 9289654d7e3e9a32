package org.govcc.api.call;

import org.govcc.api.internal.Require;

/**
 * Identifies one call (one citizen's contact) for its whole life, across IVR, queue and agent legs.
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record CallId(String value) {
    /** Validates the value. */
    public CallId {
        Require.id(value, "call id");
    }

    @Override
    public String toString() {
        return value;
    }
}
