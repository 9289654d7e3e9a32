package org.govcc.api.agent;

import org.govcc.api.internal.Require;

/**
 * What an agent recorded of a call when its wrap-up ended (a wrap-up code configured by the centre).
 *
 * @param code letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record Disposition(String code) {
    /** Validates the code. */
    public Disposition {
        Require.id(code, "disposition");
    }

    @Override
    public String toString() {
        return code;
    }
}
