package org.govcc.sip.container;

/**
 * A SIP transport the embedded container listens on.
 *
 * @since 0.1
 */
public enum SipTransport {
    /** SIP over UDP (RFC 3261 section 18). */
    UDP,
    /** SIP over TCP. */
    TCP;

    /** Returns the transport's name as JAIN-SIP spells it. */
    public String jainName() {
        return name();
    }
}
