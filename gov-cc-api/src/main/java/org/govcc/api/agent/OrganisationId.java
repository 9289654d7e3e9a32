package org.govcc.api.agent;

import org.govcc.api.internal.Require;

/**
 * Identifies the organisation an agent belongs to (e.g. a supervised body such as e-EFKA or DYPA).
 *
 * @param value letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record OrganisationId(String value) {
    /** Validates the value. */
    public OrganisationId {
        Require.id(value, "organisation id");
    }

    @Override
    public String toString() {
        return value;
    }
}
