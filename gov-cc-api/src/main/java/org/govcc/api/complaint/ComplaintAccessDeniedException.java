package org.govcc.api.complaint;

import org.govcc.api.internal.Require;

/**
 * Thrown when someone who is not one of a complaint line's readers asks to read or change one of its complaints. The
 * handler has recorded the refusal in its audit trail before throwing.
 *
 * @since 0.2
 */
public final class ComplaintAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String actor;

    /**
     * Creates the exception.
     *
     * @param actor who was refused
     * @param why what was refused, in words that name no complaint's content
     */
    public ComplaintAccessDeniedException(String actor, String why) {
        super(Require.nonBlank(why, "why"));
        this.actor = Require.nonBlank(actor, "actor");
    }

    /** Returns who was refused. */
    public String actor() {
        return actor;
    }
}
