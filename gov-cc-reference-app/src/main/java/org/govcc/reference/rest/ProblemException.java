package org.govcc.reference.rest;

import org.govcc.api.internal.Require;

/**
 * A refusal on its way to the client as {@code application/problem+json}: thrown by resources and services, turned
 * into its {@link Problem} by {@code ProblemExceptionMapper}. Thrown before anything is written, or inside a
 * transaction it rolls back.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** Creates the exception for {@code problem}. */
    public ProblemException(Problem problem) {
        super(Require.nonNull(problem, "problem").detail(), null, false, false);
        this.problem = problem;
    }

    /** Returns the problem the client gets. */
    public Problem problem() {
        return problem;
    }
}
