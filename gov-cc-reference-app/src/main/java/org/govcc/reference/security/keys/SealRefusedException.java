package org.govcc.reference.security.keys;

/**
 * A sealed value that does not open: altered, truncated, given with other associated data (another row or column),
 * or sealed with a key the store does not hold. Nothing of it is returned; the message names the key version and
 * why, never the value.
 */
public final class SealRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SealRefusedException(String message) {
        super(message);
    }

    SealRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
