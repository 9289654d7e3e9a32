package org.govcc.reference.config;

import java.util.Set;

/** The lookups a flow of the reference line may name (the line registers one implementation of each). */
public final class IvrLookups {

    /**
     * A citizen request's status: from the variables {@code request.reference} (the ten digits of the reference
     * the citizen was given, without its dash) and {@code amka}, the request's status as prompt ids spell it
     * ({@code in-progress}), or {@code none}.
     */
    public static final String REQUEST_STATUS = "request-status";

    /** Every lookup the line offers. */
    public static final Set<String> ALL = Set.of(REQUEST_STATUS);

    private IvrLookups() {
    }
}
