package org.govcc.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipSession;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
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

    /**
     * The caller leg's moves: an inbound call is answered then active, a callback dialled then active; an active call
     * may be transferring, and a transfer completes (transferred) or fails (active again); every state but the last
     * may end.
     */
    static final Transitions<State> CALLER_MOVES = Transitions.of("caller leg", State.class)
            .allow(State.DIALLING, State.ACTIVE, State.ENDED)
            .allow(State.ANSWERED, State.ACTIVE, State.ENDED)
            .allow(State.ACTIVE, State.TRANSFERRING, State.ENDED)
            .allow(State.TRANSFERRING, State.ACTIVE, State.TRANSFERRED, State.ENDED)
            .allow(State.TRANSFERRED, State.ENDED);

    /** An outgoing leg's moves: ringing, then connected or done; connected, then done. */
    static final Transitions<LegState> LEG_MOVES = Transitions.of("outgoing leg", LegState.class)
            .allow(LegState.RINGING, LegState.CONNECTED, LegState.DONE)
            .allow(LegState.CONNECTED, LegState.DONE);

    /** A transfer's moves: a REFER accepted or given up for bridging; an accepted one may still fall back. */
    static final Transitions<TransferPhase> TRANSFER_MOVES = Transitions.of("transfer", TransferPhase.class)
            .allow(TransferPhase.REFERRED, TransferPhase.ACCEPTED, TransferPhase.BRIDGING)
            .allow(TransferPhase.ACCEPTED, TransferPhase.BRIDGING);

    /** A transfer in progress (while {@link State#TRANSFERRING}). */
    static final class Transfer {
        final PhoneNumber number;
        private TransferPhase phase = TransferPhase.REFERRED;
        /** Ends a REFER that is never answered or never completed. */
        MediaEngine.Cancellable guard;

        Transfer(PhoneNumber number) {
            this.number = number;
        }

        TransferPhase phase() {
            return phase;
        }

        /** Moves the transfer on, if {@link #TRANSFER_MOVES} allows it (hold the call's monitor). */
        boolean moveTo(TransferPhase to, CallId call) {
            if (!TRANSFER_MOVES.check(call.value(), phase, to)) {
                return false;
            }
            phase = to;
            return true;
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
        private volatile LegState state = LegState.RINGING;
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

        LegState state() {
            return state;
        }

        /** Moves the leg to {@code to}, if {@link #LEG_MOVES} allows it (hold the call's monitor). */
        boolean moveTo(LegState to) {
            if (!LEG_MOVES.check(session.getId(), state, to)) {
                return false;
            }
            state = to;
            return true;
        }

        /** Marks the leg done unless it is already; returns whether it was not (hold the call's monitor). */
        boolean finish() {
            return state != LegState.DONE && moveTo(LegState.DONE);
        }
    }

    Call call;
    final SipSession callerSession;
    final RtpEndpoint callerEndpoint;
    final DtmfDeduplicator dtmf = new DtmfDeduplicator(Duration.ofMillis(500));
    /**
     * Keys the caller pressed after our 200 but before their ACK reached us (a busy stack reads it late), under the
     * monitor: the handler gets them once the call has started, so that no key is lost. At most
     * {@link #MAX_EARLY_DIGITS}.
     */
    final List<Character> earlyDigits = new ArrayList<>();
    static final int MAX_EARLY_DIGITS = 32;
    /** Written under the monitor only ({@link #moveTo}); volatile so that a media thread may read it without. */
    private volatile State state;
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

    /** An inbound call, answered ({@link State#ANSWERED}). */
    SipCall(Call call, SipSession callerSession, RtpEndpoint callerEndpoint) {
        this(call, callerSession, callerEndpoint, State.ANSWERED);
    }

    /** A call that starts in {@code initial}: {@link State#ANSWERED}, or {@link State#DIALLING} for a callback. */
    SipCall(Call call, SipSession callerSession, RtpEndpoint callerEndpoint, State initial) {
        if (initial != State.ANSWERED && initial != State.DIALLING) {
            throw new IllegalArgumentException("a call starts answered or dialling, not " + initial);
        }
        this.call = call;
        this.callerSession = callerSession;
        this.callerEndpoint = callerEndpoint;
        this.state = initial;
    }

    State state() {
        return state;
    }

    /**
     * Moves the caller's leg to {@code to} if {@link #CALLER_MOVES} allows it from where it is; a move it does not
     * allow is refused, logged and returns false. Hold the monitor.
     */
    boolean moveTo(State to) {
        if (!CALLER_MOVES.check(call.id().value(), state, to)) {
            return false;
        }
        state = to;
        return true;
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
