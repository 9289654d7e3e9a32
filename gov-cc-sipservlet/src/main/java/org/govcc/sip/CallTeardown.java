package org.govcc.sip;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.SipSession;
import org.govcc.api.control.CallSignal;

/**
 * A call's teardown: every leg ended (BYE, CANCEL), every port, timer, seat and table entry released, the
 * container's session forgotten a moment later, and the handler told. Runs under the call's monitor for the state,
 * and outside it for the SIP sends. Thread-safe.
 */
final class CallTeardown {

    private static final Logger LOG = Logger.getLogger(CallTeardown.class.getName());
    /** How long the BYE and CANCEL transactions get before the container is made to forget the call. */
    private static final Duration SESSION_GRACE = Duration.ofSeconds(2);

    private final B2bua line;

    CallTeardown(B2bua line) {
        this.line = line;
    }

    /**
     * Ends the call on every leg and releases everything it holds; idempotent.
     *
     * @param signal what to tell the handler, or null; dropped for a call transferred away (the handler left it)
     * @param byeCaller whether the caller's leg must be sent a BYE (false when the caller ended it)
     */
    void end(SipCall sc, CallSignal signal, boolean byeCaller) {
        SipCall.Leg leg;
        List<SipCall.Leg> abandoned;
        boolean callerBye;
        boolean handlerLeft;
        synchronized (sc) {
            if (sc.state() == SipCall.State.ENDED) {
                return;
            }
            callerBye = byeCaller;
            handlerLeft = sc.state() == SipCall.State.TRANSFERRED;
            if (sc.transfer != null) {
                sc.transfer.guard = SipCall.cancel(sc.transfer.guard);
            }
            boolean wasDialling = sc.state() == SipCall.State.DIALLING;
            sc.moveTo(SipCall.State.ENDED);
            if (wasDialling && sc.outboundInvite != null && !(signal instanceof CallSignal.DialFailed)) {
                try {
                    sc.outboundInvite.createCancel().send();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "CANCEL of the outbound call failed", e);
                }
            }
            sc.dialTimer = SipCall.cancel(sc.dialTimer);
            sc.timer = SipCall.cancel(sc.timer);
            leg = sc.leg;
            sc.leg = null;
            abandoned = new ArrayList<>(sc.abandonedLegs);
            sc.abandonedLegs.clear();
        }
        if (line.calls.remove(sc.call.id(), sc)) {
            line.admissions.release(sc.call.line());
        }
        line.bySession.remove(sc.callerSession.getId(), sc);
        line.monitoring.callEnded(sc);
        sc.callerEndpoint.close();
        if (callerBye) {
            sendBye(sc.callerSession);
        }
        if (leg != null) {
            line.releaseLeg(sc, leg);
        }
        for (SipCall.Leg l : abandoned) {
            line.bySession.remove(l.session.getId(), sc);
            l.endpoint.close();
        }
        // Give the BYE/CANCEL transactions time to finish, then make sure the container forgets the call.
        javax.servlet.sip.SipApplicationSession appSession = sc.callerSession.getApplicationSession();
        line.media.later(() -> invalidate(appSession), SESSION_GRACE);
        if (signal != null && !handlerLeft) {
            line.signal(signal);
        }
    }

    /** Invalidates a finished application session; harmless if the container already did. */
    static void invalidate(javax.servlet.sip.SipApplicationSession appSession) {
        try {
            if (appSession != null && appSession.isValid()) {
                appSession.invalidate();
            }
        } catch (IllegalStateException e) {
            LOG.log(Level.FINEST, "application session already invalid", e);
        }
    }

    static void sendBye(SipSession session) {
        try {
            if (session.isValid() && session.getState() == SipSession.State.CONFIRMED) {
                session.createRequest("BYE").send();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "BYE failed", e);
        }
    }
}
