package org.govcc.sip.container;

/**
 * The embedded SIP container could not start (or failed while stopping).
 *
 * @since 0.1
 */
public class SipContainerException extends RuntimeException {

    /** Creates the exception with its message. */
    public SipContainerException(String message) {
        super(message);
    }

    /** Creates the exception with its message and cause. */
    public SipContainerException(String message, Throwable cause) {
        super(message, cause);
    }
}
