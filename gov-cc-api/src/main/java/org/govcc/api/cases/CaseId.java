package org.govcc.api.cases;

import org.govcc.api.internal.Require;

/**
 * Identifies a citizen request (a case) for its whole life.
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record CaseId(String value) {
    /** Validates the value. */
    public CaseId {
        Require.id(value, "case id");
    }

    @Override
    public String toString() {
        return value;
    }
}
