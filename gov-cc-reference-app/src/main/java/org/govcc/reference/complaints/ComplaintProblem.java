package org.govcc.reference.complaints;

import org.govcc.api.internal.Require;

/**
 * A complaint operation refused for what was asked (not for who asked): no such complaint, a closed one changed, a
 * line that takes no complaints, an unknown call. An {@link IllegalArgumentException}, as the SPI says; the REST
 * layer answers it with the status its kind names, about its field.
 */
public final class ComplaintProblem extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What was wrong, and the HTTP status that says it. */
    public enum Kind {
        /** No such complaint: 404. */
        UNKNOWN(404),
        /** The complaint's status does not allow it (e.g. it is closed): 409. */
        CONFLICT(409),
        /** A value that names something the line does not have (a line, a call): 422. */
        UNPROCESSABLE(422),
        /** A value that breaks a rule of its own (too long, blank): 400. */
        INVALID(400);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** Returns the HTTP status. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String field;

    /** Creates the problem: {@code why} about {@code field}. */
    public ComplaintProblem(Kind kind, String field, String why) {
        super(Require.nonBlank(why, "why"));
        this.kind = Require.nonNull(kind, "kind");
        this.field = Require.nonBlank(field, "field");
    }

    /** Returns what was wrong. */
    public Kind kind() {
        return kind;
    }

    /** Returns the input at fault. */
    public String field() {
        return field;
    }
}
