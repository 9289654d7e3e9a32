package org.govcc.reference.security.keys;

/**
 * A key the line needs is not in the credential store, or the store cannot be read. The message names the alias (or
 * the store) and the command that makes it; it never holds key material.
 */
public final class MissingKeyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The command that creates the line's missing keys, for the messages. */
    public static final String MAKE_KEYS = "scripts/wildfly/govcc-keys.sh [--base-dir SERVER-BASE-DIR]"
            + " (with the server stopped)";

    MissingKeyException(String message) {
        super(message);
    }

    MissingKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
