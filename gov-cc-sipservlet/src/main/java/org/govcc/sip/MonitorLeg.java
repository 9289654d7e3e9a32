package org.govcc.sip;

import java.util.List;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipSession;
import org.govcc.api.agent.AgentId;
import org.govcc.api.control.MonitorMode;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.RtpEndpoint;

/**
 * One call's monitoring on the line: the supervisor's phone's leg (its INVITE, dialog and RTP endpoint), the agent's
 * leg it hears, and its mode; {@link #enter} changes the media with the mode.
 *
 * <p>The line relays both legs' media through its own endpoints, so every packet of either party passes through
 * the caller's or the agent's endpoint: the supervisor's endpoint sends the mix of what those two receive. What the
 * supervisor's phone sends reaches nobody while listening (the endpoint is bridged to nothing and heard by no mix);
 * whispering, the agent's endpoint sends the mix of the caller's relayed packets and the supervisor's audio instead of
 * relaying the caller's packets as they come. The caller's endpoint never hears the supervisor.
 *
 * <p>Guarded by the monitor of its {@link SipCall}.
 */
final class MonitorLeg {

    final SipCall call;
    final AgentId phone;
    final SipServletRequest invite;
    final SipSession session;
    final RtpEndpoint endpoint;
    /** The agent's leg this monitoring hears; it ends with it. */
    final SipCall.Leg heard;
    MonitorMode mode = MonitorMode.RINGING;
    MediaEngine.Cancellable ringTimer;

    MonitorLeg(SipCall call, AgentId phone, SipServletRequest invite, RtpEndpoint endpoint, SipCall.Leg heard) {
        this.call = call;
        this.phone = phone;
        this.invite = invite;
        this.session = invite.getSession();
        this.endpoint = endpoint;
        this.heard = heard;
    }

    /** Moves to {@code next} and makes the media follow; hold the call's monitor. */
    void enter(MonitorMode next) {
        MonitorMode was = mode;
        mode = next;
        if (was == MonitorMode.WHISPERING && next != MonitorMode.WHISPERING) {
            heard.endpoint.stopMixing();
        }
        switch (next) {
            case LISTENING:
                if (was == MonitorMode.RINGING) {
                    endpoint.sendMixOf(List.of(call.callerEndpoint, heard.endpoint), false);
                }
                break;
            case WHISPERING:
                if (was != MonitorMode.WHISPERING) {
                    // The caller's packets relayed to the agent go into the agent's mix with the supervisor's voice.
                    heard.endpoint.sendMixOf(List.of(endpoint), true);
                }
                break;
            case ENDED:
                ringTimer = SipCall.cancel(ringTimer);
                endpoint.close();
                break;
            default:
                break;
        }
    }
}
