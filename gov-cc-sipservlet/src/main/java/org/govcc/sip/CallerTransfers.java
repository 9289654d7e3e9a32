package org.govcc.sip;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipURI;
import javax.servlet.sip.URI;
import org.govcc.api.call.CallId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.TransferFailure;
import org.govcc.sip.container.SipLogRedaction;

/**
 * Transfers of a caller to an outside number (112, another agency): a REFER on the caller's dialog, falling back to
 * the line dialling the number through the trunk and bridging the caller to it; every failure keeps the caller on the
 * line. Thread-safe: each call's state is guarded by its {@link SipCall}.
 */
final class CallerTransfers {

    private static final Logger LOG = Logger.getLogger(CallerTransfers.class.getName());

    private final B2bua line;
    private final TrunkChallenges trunk;

    CallerTransfers(B2bua line, TrunkChallenges trunk) {
        this.line = line;
        this.trunk = trunk;
    }

    /**
     * Transfers the caller the way a B2BUA does: a REFER on the caller's dialog (RFC 3515) towards the number on the
     * outbound gateway; the call ends when the caller's side reports success by NOTIFY. When the caller's side cannot
     * transfer (REFER refused or unanswered, or a NOTIFY with a failure), the line dials the number through the gateway
     * itself and bridges the caller to it. {@code TransferCompleted} follows either success, after which the handler
     * hears nothing more of the call. Every failure (no outbound gateway, the gateway leg busy, unanswered or refused,
     * a REFER accepted but not completed within the guard) keeps the caller connected, gives the call back to the
     * handler and signals {@code TransferFailed}. Ignored unless the handler drives an answered call.
     */
    void transfer(CallId callId, PhoneNumber number) {
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return;
        }
        if (line.settings.trunk().isEmpty()) {
            boolean active;
            synchronized (sc) {
                active = sc.state() == SipCall.State.ACTIVE;
            }
            if (active) {
                LOG.warning(() -> "transfer of " + callId + " to " + number
                        + " impossible: no outbound gateway; the caller stays on the line");
                line.signal(new CallSignal.TransferFailed(callId, number, TransferFailure.NO_TRUNK, line.clock.instant()));
            }
            return;
        }
        SipCall.Leg dropped;
        SipCall.Transfer transfer = new SipCall.Transfer(number);
        synchronized (sc) {
            if (sc.state() != SipCall.State.ACTIVE) {
                return;
            }
            sc.moveTo(SipCall.State.TRANSFERRING);
            sc.transfer = transfer;
            sc.timer = SipCall.cancel(sc.timer);
            dropped = sc.leg;
            sc.leg = null;
        }
        sc.callerEndpoint.stopPlayback();
        if (dropped != null) {
            line.releaseLeg(sc, dropped);
        }
        try {
            SipServletRequest refer = sc.callerSession.createRequest("REFER");
            refer.setHeader("Refer-To", "<" + trunk.uri(number) + ">");
            refer.setHeader("Referred-By", lineAddress(sc));
            synchronized (sc) {
                if (sc.state() != SipCall.State.TRANSFERRING) {
                    return;
                }
                transfer.guard = line.media.schedule(() -> transferTimedOut(sc), line.settings.transferGuard());
            }
            refer.send();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not send REFER for " + callId, SipLogRedaction.redact(e));
            fallBack(sc, "REFER not sent");
        }
    }

    /** The transfer guard fired: an unanswered REFER falls back to bridging, an uncompleted one fails the transfer. */
    private void transferTimedOut(SipCall sc) {
        SipCall.TransferPhase phase;
        synchronized (sc) {
            if (sc.state() != SipCall.State.TRANSFERRING || sc.transfer == null) {
                return;
            }
            sc.transfer.guard = null;
            phase = sc.transfer.phase();
        }
        if (phase == SipCall.TransferPhase.REFERRED) {
            fallBack(sc, "REFER unanswered");
        } else if (phase == SipCall.TransferPhase.ACCEPTED) {
            LOG.info(() -> "transfer of " + sc.call.id() + " accepted but not completed in " + line.settings.transferGuard()
                    + ": taking the call back");
            fail(sc, TransferFailure.NOT_COMPLETED);
        }
    }

    /** The caller's side cannot transfer: dial the number through the gateway and bridge the caller to it. */
    void fallBack(SipCall sc, String why) {
        PhoneNumber number;
        Exception failure;
        synchronized (sc) {
            SipCall.Transfer t = sc.transfer;
            if (sc.state() != SipCall.State.TRANSFERRING || t == null || t.phase() == SipCall.TransferPhase.BRIDGING) {
                return;
            }
            t.moveTo(SipCall.TransferPhase.BRIDGING, sc.call.id());
            t.guard = SipCall.cancel(t.guard);
            number = t.number;
            LOG.info(() -> "transfer of " + sc.call.id() + " by REFER failed (" + why + "): bridging it to " + number
                    + " through the outbound gateway");
            failure = line.ringLeg(sc, null, "<" + trunk.uri(number) + ">", trunk.uri(number), line.settings.transferRingTimeout());
        }
        if (failure != null) {
            fail(sc, failure instanceof IOException ? TransferFailure.TRUNK_UNREACHABLE
                    : TransferFailure.LINE_ERROR);
        }
    }

    /**
     * The transfer reached the outside number: the handler is told and leaves the call. A REFER that the caller's side
     * completed ends the caller's leg too ({@code endCall}); a bridged one stays up until either side hangs up.
     */
    void complete(SipCall sc, boolean endCall) {
        PhoneNumber number;
        synchronized (sc) {
            if (sc.state() != SipCall.State.TRANSFERRING || sc.transfer == null) {
                return;
            }
            number = sc.transfer.number;
            sc.transfer.guard = SipCall.cancel(sc.transfer.guard);
            sc.moveTo(SipCall.State.TRANSFERRED);
        }
        line.signal(new CallSignal.TransferCompleted(sc.call.id(), number, line.clock.instant()));
        if (endCall) {
            line.end(sc, null, true);
        }
    }

    /** The transfer cannot be made: the caller stays connected and the handler drives the call again. */
    void fail(SipCall sc, TransferFailure failure) {
        PhoneNumber number;
        synchronized (sc) {
            if (sc.state() != SipCall.State.TRANSFERRING || sc.transfer == null) {
                return;
            }
            number = sc.transfer.number;
            sc.transfer.guard = SipCall.cancel(sc.transfer.guard);
            sc.transfer = null;
            sc.moveTo(SipCall.State.ACTIVE);
        }
        LOG.info(() -> "transfer of " + sc.call.id() + " to " + number + " failed (" + failure.code()
                + "): the caller stays on the line");
        line.signal(new CallSignal.TransferFailed(sc.call.id(), number, failure, line.clock.instant()));
    }

    /**
     * How a final failure of the gateway leg maps to a transfer failure; the one place that reads SIP status codes for
     * transfers. A 408 is what the stack reports when nothing answered the INVITE at all.
     */
    static TransferFailure failureOf(int status) {
        switch (status) {
            case 486:
            case 600:
                return TransferFailure.BUSY;
            case 487:
                return TransferFailure.NO_ANSWER;
            case 408:
                return TransferFailure.TRUNK_UNREACHABLE;
            case 480:
            case 503:
                return TransferFailure.UNAVAILABLE;
            case 401:
            case 407:
                return TransferFailure.AUTHENTICATION_FAILED;
            default:
                return TransferFailure.REJECTED;
        }
    }


    /** The answer to our REFER: 2xx means a NOTIFY with the result follows; an error means we bridge ourselves. */
    void onReferResponse(SipServletResponse resp) {
        SipCall sc = line.bySession.get(resp.getSession().getId());
        int status = resp.getStatus();
        if (sc == null || status < 200) {
            return;
        }
        synchronized (sc) {
            if (sc.state() != SipCall.State.TRANSFERRING || sc.transfer == null
                    || sc.transfer.phase() != SipCall.TransferPhase.REFERRED) {
                return;
            }
            if (status < 300) {
                sc.transfer.moveTo(SipCall.TransferPhase.ACCEPTED, sc.call.id());
                return;
            }
        }
        fallBack(sc, "REFER answered " + status);
    }


    /** Returns the line's own address (the number the caller dialled) for Referred-By. */
    private String lineAddress(SipCall sc) {
        URI local = sc.callerSession.getLocalParty().getURI();
        String user = local instanceof SipURI ? ((SipURI) local).getUser() : null;
        return "<sip:" + (user == null ? sc.call.line().value() : user) + "@" + line.settings.realm() + ">";
    }
}
