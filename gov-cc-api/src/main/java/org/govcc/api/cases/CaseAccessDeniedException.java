package org.govcc.api.cases;

/**
 * Thrown when an actor may not read or change a sealed case. The refusal itself is audited.
 *
 * @since 0.1
 */
public final class CaseAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code actor} and {@code caseId}. */
    public CaseAccessDeniedException(Actor actor, CaseId caseId) {
        super("actor '" + actor.id() + "' with roles " + actor.roles() + " may not access sealed case " + caseId);
    }
}
