package org.govcc.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.Address;
import javax.servlet.sip.ServletParseException;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.TransferFailure;
import org.govcc.sip.container.SipLogRedaction;
import org.govcc.sip.media.Codec;
import org.govcc.sip.media.RtpEndpoint;

/**
 * Callbacks: the line dials a citizen through the trunk (an INVITE of its own, answering one 401/407 challenge), as a
 * call of the callback line (a sealed line's consented callback: of that line, withheld) that counts against the
 * admission limit, and connects the answer to the line's media.
 * Every failure before the answer ends the call with {@code DialFailed}. Thread-safe: each call's state is guarded by
 * its {@link SipCall}.
 */
final class CallbackDialler {

    private static final Logger LOG = Logger.getLogger(CallbackDialler.class.getName());
    private static final String CALLBACK_USER = "govcc-callback";
    private static final LineId CALLBACK_LINE = new LineId("callback");

    private final B2bua line;
    private final TrunkChallenges trunk;

    CallbackDialler(B2bua line, TrunkChallenges trunk) {
        this.line = line;
        this.trunk = trunk;
    }

    /**
     * Dials a citizen for a callback through the trunk, as call {@code callId}; {@code CitizenAnswered} or
     * {@code DialFailed} follows.
     */
    void dialOut(CallId callId, PhoneNumber number, Duration ringTimeout) {
        dial(callId, number, ringTimeout, CALLBACK_LINE, false);
    }

    /**
     * Dials a sealed line's caller back for a callback they consented to, as call {@code callId} of {@code sealedLine}:
     * the number is opened here only, the INVITE withholds the line's identity (From anonymous, {@code Privacy: id},
     * RFC 3323), the call is anonymous to the engines and its agent leg shows no number (the line is sealed).
     */
    void dialOutSealed(CallId callId, LineId sealedLine, SealedNumber sealed, Duration ringTimeout) {
        PhoneNumber number;
        try {
            number = line.identities.open(sealed);
        } catch (IllegalArgumentException e) {
            line.signal(new CallSignal.DialFailed(callId, e.getMessage(), line.clock.instant(),
                    TransferFailure.LINE_ERROR));
            return;
        }
        if (!line.settings.isSealed(sealedLine)) {
            line.signal(new CallSignal.DialFailed(callId, "line " + sealedLine.value() + " is not sealed",
                    line.clock.instant(), TransferFailure.LINE_ERROR));
            return;
        }
        dial(callId, number, ringTimeout, sealedLine, true);
    }

    private void dial(CallId callId, PhoneNumber number, Duration ringTimeout, LineId callLine, boolean withheld) {
        if (line.settings.trunk().isEmpty()) {
            line.signal(new CallSignal.DialFailed(callId, "no outbound gateway configured", line.clock.instant(),
                    TransferFailure.NO_TRUNK));
            return;
        }
        if (line.calls.containsKey(callId)) {
            line.signal(new CallSignal.DialFailed(callId, "call id already in use", line.clock.instant(),
                    TransferFailure.LINE_ERROR));
            return;
        }
        if (line.admissions.admit(callLine).isPresent()) {
            line.signal(new CallSignal.DialFailed(callId, "line at its admission limit", line.clock.instant(),
                    TransferFailure.LINE_ERROR));
            return;
        }
        SipFactory factory = line.factory();
        RtpEndpoint endpoint = null;
        SipCall sc = null;
        try {
            endpoint = line.media.open(line.callerListener(callId));
            javax.servlet.sip.SipApplicationSession appSession = factory.createApplicationSession();
            appSession.setInvalidateWhenReady(true);
            // A sealed line's callback: the citizen's phone shows a withheld number (RFC 3323).
            Address from = withheld ? factory.createAddress(CallerIdentities.ANONYMOUS)
                    : factory.createAddress("<sip:" + CALLBACK_USER + "@" + line.settings.realm() + ">");
            Address to = factory.createAddress("<" + trunk.uri(number) + ">");
            SipServletRequest invite = factory.createRequest(appSession, "INVITE", from, to);
            if (withheld) {
                invite.setHeader("Privacy", "id");
            }
            invite.setRequestURI(factory.createURI(trunk.uri(number)));
            invite.setContent(Sdp.write(endpoint.localAddress(), endpoint.localPort(), List.of(Codec.PCMU, Codec.PCMA),
                    101, "sendrecv").getBytes(StandardCharsets.US_ASCII), "application/sdp");
            Call call = new Call(callId, callLine, withheld ? CallerId.anonymous() : CallerId.of(number),
                    line.settings.defaultLanguage(),
                    org.govcc.api.call.Direction.OUTBOUND, line.clock.instant());
            sc = new SipCall(call, invite.getSession(), endpoint, SipCall.State.DIALLING);
            SipCall dialled = sc;
            synchronized (sc) {
                sc.outboundInvite = invite;
                line.calls.put(callId, sc);
                line.bySession.put(invite.getSession().getId(), sc);
                sc.dialTimer = line.media.schedule(() -> dialFailed(dialled, "no answer", TransferFailure.NO_ANSWER,
                        true), ringTimeout);
                invite.send();
            }
        } catch (ServletParseException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not dial out for " + callId, SipLogRedaction.redact(e));
            if (sc != null) {
                dialFailed(sc, "could not dial: " + e.getClass().getSimpleName(), TransferFailure.LINE_ERROR, false);
            } else {
                line.admissions.release(callLine);
                if (endpoint != null) {
                    endpoint.close();
                }
                line.signal(new CallSignal.DialFailed(callId, "could not dial: " + e.getClass().getSimpleName(),
                        line.clock.instant(), TransferFailure.LINE_ERROR));
            }
        }
    }

    /** An outbound call failed before it was answered: release it and tell the handler. */
    private void dialFailed(SipCall sc, String reason, TransferFailure failure, boolean sendCancel) {
        synchronized (sc) {
            if (sc.state() != SipCall.State.DIALLING) {
                return;
            }
            sc.dialTimer = SipCall.cancel(sc.dialTimer);
            if (sendCancel && sc.outboundInvite != null) {
                try {
                    sc.outboundInvite.createCancel().send();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "CANCEL failed", e);
                }
            }
        }
        line.end(sc, new CallSignal.DialFailed(sc.call.id(), reason, line.clock.instant(), failure), false);
    }

    /** The final answer to an outbound call's INVITE. */
    void onResponse(SipCall sc, SipServletResponse resp) throws IOException {
        int status = resp.getStatus();
        if (status < 200) {
            return;
        }
        boolean challenge = status == SipServletResponse.SC_UNAUTHORIZED
                || status == SipServletResponse.SC_PROXY_AUTHENTICATION_REQUIRED;
        if (challenge) {
            boolean first;
            synchronized (sc) {
                first = !sc.outboundChallenged && sc.state() == SipCall.State.DIALLING;
                sc.outboundChallenged = true;
            }
            SipServletRequest again = first ? trunk.answer(resp, sc.outboundInvite) : null;
            if (again != null) {
                synchronized (sc) {
                    sc.outboundInvite = again;
                }
                return;
            }
        }
        if (status >= 300) {
            // The same mapping of the trunk's answers as a transfer's (CallerTransfers.failureOf).
            dialFailed(sc, status == 486 || status == 600 ? "busy" : status == 487 ? "no answer"
                    : challenge ? "trunk authentication failed (" + status + ")" : "failed with " + status,
                    CallerTransfers.failureOf(status), false);
            return;
        }
        Sdp answer = null;
        byte[] body = resp.getRawContent();
        if (body != null && body.length > 0) {
            try {
                answer = Sdp.parse(new String(body, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                answer = null;
            }
        }
        synchronized (sc) {
            if (sc.state() != SipCall.State.DIALLING) {
                resp.createAck().send();
                resp.getSession().createRequest("BYE").send();
                return;
            }
            resp.createAck().send();
            sc.dialTimer = SipCall.cancel(sc.dialTimer);
            if (answer == null || answer.preferredCodec() == null) {
                sc.moveTo(SipCall.State.ACTIVE); // so that end() sends the BYE
            } else {
                sc.callerEndpoint.connect(new InetSocketAddress(answer.address(), answer.port()),
                        answer.preferredCodec(), answer.telephoneEventPayloadType());
                sc.callerEndpoint.setSending(answer.peerReceives());
                sc.callerEndpoint.setExpectingMedia(answer.peerSends());
                sc.moveTo(SipCall.State.ACTIVE);
            }
        }
        if (answer == null || answer.preferredCodec() == null) {
            line.end(sc, new CallSignal.DialFailed(sc.call.id(), "unusable SDP answer", line.clock.instant(),
                    TransferFailure.REJECTED), true);
            return;
        }
        line.signal(new CallSignal.CitizenAnswered(sc.call.id(), line.clock.instant()));
    }
}
