package org.govcc.sip;

/**
 * What a running line holds right now: the leak check after tests asserts it all returns to zero.
 *
 * @param calls calls in progress
 * @param sessionMappings SIP sessions still mapped to a call
 * @param rtpPorts RTP ports open
 * @param timers call timers scheduled (call timers and ring time-outs)
 * @since 0.1
 */
public record ResourceCounts(int calls, int sessionMappings, int rtpPorts, int timers) {

    /** Returns whether nothing is held. */
    public boolean isIdle() {
        return calls == 0 && sessionMappings == 0 && rtpPorts == 0 && timers == 0;
    }
}
