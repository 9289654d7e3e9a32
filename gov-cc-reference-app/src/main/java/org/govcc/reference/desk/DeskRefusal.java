package org.govcc.reference.desk;

import org.govcc.api.internal.Require;

/**
 * A desk command the agent's state or input does not allow: nothing was changed. Carries its HTTP status and the
 * input at fault, if one is.
 */
public final class DeskRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kind of refusal. */
    public enum Kind {
        /** The agent's state does not allow it now (409). */
        CONFLICT,
        /** The input is not one the line accepts (422). */
        INVALID,
        /** The signed-in user is not an agent of the roster (403). */
        NOT_AN_AGENT
    }

    private final Kind kind;
    private final String field;

    DeskRefusal(Kind kind, String field, String message) {
        super(Require.nonBlank(message, "message"));
        this.kind = Require.nonNull(kind, "kind");
        this.field = field;
    }

    /** Returns the kind of refusal. */
    public Kind kind() {
        return kind;
    }

    /** Returns the input at fault, or null. */
    public String field() {
        return field;
    }
}
