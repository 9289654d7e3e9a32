package org.govcc.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipSession;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.sip.media.DtmfDeduplicator;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.RtpEndpoint;

/**
 * One call's state on the SIP side: the caller's leg, its media, its timer, and the agent leg if any.
 *
 * <p>Guarded by its own monitor; the B2BUA holds it while changing state and never while calling the handler.
 */
final class SipCall {

    /** The caller leg's state. */
    enum State {
        /** An outbound call (callback): INVITE sent to the citizen, no final answer yet. */
        DIALLING,
        /** 200 OK sent, ACK awaited. */
        ANSWERED,
        /** ACK received; the handler drives the call. */
        ACTIVE,
        /** Ended; every resource released. */
        ENDED
    }

    /** The agent leg's state. */
    enum LegState {
        /** INVITE sent, no final answer yet. */
        RINGING,
        /** Answered and bridged. */
        CONNECTED,
        /** We gave up (CANCEL sent) or it ended; the final response may still arrive. */
        DONE
    }

    /** An INVITE the B2BUA sent to an agent's phone. */
    static final class AgentLeg {
        final AgentId agent;
        final SipServletRequest invite;
        final SipSession session;
        final RtpEndpoint endpoint;
        MediaEngine.Cancellable ringTimer;
        LegState state = LegState.RINGING;

        AgentLeg(AgentId agent, SipServletRequest invite, RtpEndpoint endpoint) {
            this.agent = agent;
            this.invite = invite;
            this.session = invite.getSession();
            this.endpoint = endpoint;
        }
    }

    Call call;
    final SipSession callerSession;
    final RtpEndpoint callerEndpoint;
    final DtmfDeduplicator dtmf = new DtmfDeduplicator(Duration.ofMillis(500));
    State state = State.ANSWERED;
    MediaEngine.Cancellable timer;
    /** The ring time-out of an outbound call while {@link State#DIALLING}. */
    MediaEngine.Cancellable dialTimer;
    /** The INVITE of an outbound call (to CANCEL it). */
    SipServletRequest outboundInvite;
    AgentLeg agentLeg;
    /** Legs given up on whose final response is still awaited. */
    final List<AgentLeg> abandonedLegs = new ArrayList<>();

    SipCall(Call call, SipSession callerSession, RtpEndpoint callerEndpoint) {
        this.call = call;
        this.callerSession = callerSession;
        this.callerEndpoint = callerEndpoint;
    }
}
