package org.govcc.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipSession;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.sip.media.DtmfDeduplicator;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.RtpEndpoint;

/**
 * One call's state on the SIP side: the caller's leg, its media, its timer, the outgoing leg if any (an agent's
 * phone, or the outside number of a transfer), and the transfer in progress if any.
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
        /**
         * The handler asked for a transfer and waits for its outcome: the line REFERs the caller to the outside number
         * or, failing that, bridges the caller to it through the outbound gateway. A failure takes the call back to
         * {@link #ACTIVE} (the caller is never hung up on for it); the caller hanging up is still reported.
         */
        TRANSFERRING,
        /**
         * The transfer completed and the handler left the call: the caller is bridged to the outside number through
         * the gateway until either hangs up. The handler hears nothing more of the call.
         */
        TRANSFERRED,
        /** Ended; every resource released. */
        ENDED
    }

    /** An outgoing leg's state. */
    enum LegState {
        /** INVITE sent, no final answer yet. */
        RINGING,
        /** Answered and bridged. */
        CONNECTED,
        /** We gave up (CANCEL sent) or it ended; the final response may still arrive. */
        DONE
    }

    /** How far a transfer got. */
    enum TransferPhase {
        /** REFER sent on the caller's dialog, no final response yet. */
        REFERRED,
        /** REFER accepted (2xx); the NOTIFY with the final result is awaited. */
        ACCEPTED,
        /** The caller's side could not transfer: the line dials the number itself and bridges the caller to it. */
        BRIDGING
    }

    /** A transfer in progress (while {@link State#TRANSFERRING}). */
    static final class Transfer {
        final PhoneNumber number;
        TransferPhase phase = TransferPhase.REFERRED;
        /** Ends a REFER that is never answered or never completed. */
        MediaEngine.Cancellable guard;

        Transfer(PhoneNumber number) {
            this.number = number;
        }
    }

    /**
     * An INVITE the B2BUA sent for a leg that is bridged to the caller once answered: an agent's phone, or an outside
     * number through the outbound gateway when a transfer falls back to bridging.
     */
    static final class Leg {
        /** The agent rung, or null for the outside leg of a transfer. */
        final AgentId agent;
        /** The INVITE last sent (the one re-sent with credentials after a trunk's challenge), to CANCEL it. */
        SipServletRequest invite;
        final SipSession session;
        final RtpEndpoint endpoint;
        MediaEngine.Cancellable ringTimer;
        LegState state = LegState.RINGING;
        /** Whether a provisional response came: a ring time-out without one means nothing answered at all. */
        boolean provisional;
        /** Whether the trunk challenged this leg already: it is answered once, a second challenge fails the leg. */
        boolean challenged;

        Leg(AgentId agent, SipServletRequest invite, RtpEndpoint endpoint) {
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
    /** The INVITE of an outbound call (to CANCEL it); the re-sent one after a trunk's challenge. */
    SipServletRequest outboundInvite;
    /** Whether the trunk challenged the outbound call already (answered once only). */
    boolean outboundChallenged;
    /**
     * A sealed line's caller's number, sealed at the INVITE (null elsewhere, or when it cannot be called back): the
     * one form of it the line keeps, for a callback the caller consents to.
     */
    SealedNumber sealedCaller;
    /** The outgoing leg (agent or transfer target), if any. */
    Leg leg;
    /** Legs given up on whose final response is still awaited. */
    final List<Leg> abandonedLegs = new ArrayList<>();
    /** The transfer in progress, while {@link State#TRANSFERRING}. */
    Transfer transfer;

    SipCall(Call call, SipSession callerSession, RtpEndpoint callerEndpoint) {
        this.call = call;
        this.callerSession = callerSession;
        this.callerEndpoint = callerEndpoint;
    }

    /** Returns whether the handler still drives this call (not ended, not transferred away); hold the monitor. */
    boolean handlerOwns() {
        return state != State.ENDED && state != State.TRANSFERRED;
    }

    /**
     * Cancels a call timer if one is set, and returns null so that {@code field = cancel(field)} cancels and clears a
     * field in one statement.
     */
    static MediaEngine.Cancellable cancel(MediaEngine.Cancellable timer) {
        if (timer != null) {
            timer.cancel();
        }
        return null;
    }
}
