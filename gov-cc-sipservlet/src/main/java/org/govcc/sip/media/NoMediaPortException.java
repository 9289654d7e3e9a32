package org.govcc.sip.media;

/**
 * Every RTP port of the range is in use.
 *
 * @since 0.1
 */
public class NoMediaPortException extends RuntimeException {

    /** Creates the exception. */
    public NoMediaPortException(String message) {
        super(message);
    }
}
