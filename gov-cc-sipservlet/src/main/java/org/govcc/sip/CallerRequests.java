package org.govcc.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipURI;
import javax.servlet.sip.URI;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.control.CallSignal;
import org.govcc.sip.container.SipLogRedaction;
import org.govcc.sip.media.Codec;
import org.govcc.sip.media.Dtmf;
import org.govcc.sip.media.DtmfDeduplicator;
import org.govcc.sip.media.MediaListener;
import org.govcc.sip.media.NoMediaPortException;
import org.govcc.sip.media.RtpEndpoint;

/**
 * The caller's side of the line: the SIP requests that reach it. An initial INVITE is admitted (or refused: an unknown
 * line, the admission limit, a line that is draining) and answered with the line's media; ACK, BYE, CANCEL, INFO
 * (DTMF), the NOTIFY of a REFER's result, OPTIONS and re-INVITEs of calls in progress; anything else is refused with
 * the status RFC 3261 gives it. Thread-safe: each call's state is guarded by its {@link SipCall}.
 */
final class CallerRequests {

    private static final Logger LOG = Logger.getLogger(CallerRequests.class.getName());
    private static final String ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, NOTIFY, REGISTER";

    private final B2bua b2bua;
    /** Set when the line is shutting down: new calls are refused, calls in progress go on. */
    private volatile boolean draining;

    CallerRequests(B2bua b2bua) {
        this.b2bua = b2bua;
    }

    /** Refuses new calls from now on (503 with Retry-After); calls in progress are not touched. */
    void drain() {
        draining = true;
    }

    void onInvite(SipServletRequest req) throws IOException {
        if (!req.isInitial()) {
            onReInvite(req);
            return;
        }
        // RFC 3261 17.2.1: a proxy or a UAS that takes time should say it has the INVITE, so that the caller stops
        // retransmitting it; the line may take a database or IVR start before its 200.
        req.createResponse(SipServletResponse.SC_TRYING).send();
        URI ruri = req.getRequestURI();
        String user = ruri instanceof SipURI ? ((SipURI) ruri).getUser() : null;
        LineId line = user == null ? null : b2bua.settings.lines().get(user);
        if (line == null) {
            reject(req, SipServletResponse.SC_NOT_FOUND, "No such line");
            CallTeardown.invalidate(req.getApplicationSession());
            return;
        }
        if (draining) {
            SipServletResponse r = req.createResponse(SipServletResponse.SC_SERVICE_UNAVAILABLE, "Line closing");
            r.setHeader("Retry-After", Long.toString(b2bua.settings.retryAfter().toSeconds()));
            r.send();
            CallTeardown.invalidate(req.getApplicationSession());
            b2bua.notifyRejected(b2bua.newCallId(), "the line is shutting down");
            return;
        }
        Optional<String> refusal = b2bua.admissions.admit(line);
        if (refusal.isPresent()) {
            SipServletResponse r = req.createResponse(SipServletResponse.SC_SERVICE_UNAVAILABLE, "Line busy");
            r.setHeader("Retry-After", Long.toString(b2bua.settings.retryAfter().toSeconds()));
            r.send();
            CallTeardown.invalidate(req.getApplicationSession());
            b2bua.notifyRejected(b2bua.newCallId(), refusal.get());
            return;
        }
        boolean started = false;
        try {
            started = answer(req, line);
        } finally {
            if (!started) {
                b2bua.admissions.release(line);
                CallTeardown.invalidate(req.getApplicationSession());
            }
        }
    }

    /** Answers an admitted INVITE; returns whether a call now exists (holding its admission). */
    private boolean answer(SipServletRequest req, LineId line) throws IOException {
        Sdp offer = null;
        byte[] body = req.getRawContent();
        if (body != null && body.length > 0) {
            String type = req.getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/sdp")) {
                SipServletResponse r = req.createResponse(SipServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                r.setHeader("Accept", "application/sdp");
                r.send();
                return false;
            }
            try {
                offer = Sdp.parse(new String(body, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                reject(req, SipServletResponse.SC_BAD_REQUEST, "Bad SDP");
                return false;
            }
            if (offer.preferredCodec() == null) {
                reject(req, SipServletResponse.SC_NOT_ACCEPTABLE_HERE, "PCMU or PCMA required");
                return false;
            }
        }
        CallId callId = b2bua.newCallId();
        MediaListener listener = b2bua.callerListener(callId);
        RtpEndpoint endpoint;
        try {
            endpoint = b2bua.media.open(listener);
        } catch (NoMediaPortException e) {
            SipServletResponse r = req.createResponse(SipServletResponse.SC_SERVICE_UNAVAILABLE, "No media port");
            r.setHeader("Retry-After", Long.toString(b2bua.settings.retryAfter().toSeconds()));
            r.send();
            b2bua.notifyRejected(callId, "no RTP port");
            return false;
        }
        Call call = Call.inbound(callId, line, b2bua.identities.of(line, req), b2bua.settings.defaultLanguage(), b2bua.clock.instant());
        SipCall sc = new SipCall(call, req.getSession(), endpoint);
        sc.sealedCaller = b2bua.identities.sealedNumber(line, req).orElse(null);
        String answer;
        if (offer != null) {
            Codec codec = offer.preferredCodec();
            endpoint.connect(new InetSocketAddress(offer.address(), offer.port()), codec,
                    offer.telephoneEventPayloadType());
            endpoint.setSending(offer.peerReceives());
            endpoint.setExpectingMedia(offer.peerSends());
            List<Codec> ours = new ArrayList<>();
            ours.add(codec);
            for (Codec c : Codec.values()) {
                if (c != codec && offer.payloadTypes().contains(c.payloadType())) {
                    ours.add(c);
                }
            }
            answer = Sdp.write(endpoint.localAddress(), endpoint.localPort(), ours, offer.telephoneEventPayloadType(),
                    offer.answerDirection());
        } else {
            answer = Sdp.write(endpoint.localAddress(), endpoint.localPort(), List.of(Codec.PCMU, Codec.PCMA), 101,
                    "sendrecv");
        }
        b2bua.calls.put(callId, sc);
        b2bua.bySession.put(req.getSession().getId(), sc);
        SipServletResponse ok = req.createResponse(SipServletResponse.SC_OK);
        ok.setContent(answer.getBytes(StandardCharsets.US_ASCII), "application/sdp");
        try {
            ok.send();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not answer " + callId, SipLogRedaction.redact(e));
            b2bua.end(sc, null, false); // releases the admission too
        }
        return true;
    }

    void onAck(SipServletRequest req) {
        SipCall sc = b2bua.bySession.get(req.getSession().getId());
        if (sc == null) {
            return;
        }
        synchronized (sc) {
            if (sc.state() != SipCall.State.ANSWERED) {
                return;
            }
            sc.moveTo(SipCall.State.ACTIVE);
            byte[] body = rawContent(req);
            if (body != null && body.length > 0) {
                try {
                    Sdp answer = Sdp.parse(new String(body, StandardCharsets.UTF_8));
                    Codec codec = answer.preferredCodec();
                    if (codec != null) {
                        sc.callerEndpoint.connect(new InetSocketAddress(answer.address(), answer.port()), codec,
                                answer.telephoneEventPayloadType());
                    }
                } catch (IllegalArgumentException e) {
                    LOG.fine(() -> "ignoring bad SDP in ACK: " + e.getMessage());
                }
            }
            // Still under the monitor: a key read from now on (the call is ACTIVE) is signalled after these.
            Call started = sc.call;
            b2bua.deliver(h -> h.callStarted(started));
            for (char digit : sc.earlyDigits) {
                b2bua.signal(new CallSignal.DigitPressed(started.id(), digit, b2bua.clock.instant()));
            }
            sc.earlyDigits.clear();
        }
    }

    void onBye(SipServletRequest req) throws IOException {
        req.createResponse(SipServletResponse.SC_OK).send();
        SipCall sc = b2bua.bySession.get(req.getSession().getId());
        if (sc == null) {
            return;
        }
        if (B2bua.sameSession(req.getSession(), sc.callerSession)) {
            b2bua.end(sc, new CallSignal.CallerHungUp(sc.call.id(), b2bua.clock.instant()), false);
        } else {
            boolean ours;
            AgentId agent;
            synchronized (sc) {
                ours = sc.leg != null && B2bua.sameSession(sc.leg.session, req.getSession());
                agent = ours ? sc.leg.agent : null;
                if (ours) {
                    sc.leg.finish();
                }
            }
            if (ours) {
                // The outside leg of a transfer has no agent: the handler left that call, so nothing is signalled.
                b2bua.end(sc, agent == null ? null : new CallSignal.AgentHungUp(sc.call.id(), agent, b2bua.clock.instant()), true);
            }
        }
    }

    void onCancel(SipServletRequest req) {
        // The container has already answered the INVITE 487; release what the INVITE took.
        SipCall sc = b2bua.bySession.get(req.getSession().getId());
        if (sc != null) {
            b2bua.end(sc, new CallSignal.CallerHungUp(sc.call.id(), b2bua.clock.instant()), false);
        }
    }

    void onInfo(SipServletRequest req) throws IOException {
        SipCall sc = b2bua.bySession.get(req.getSession().getId());
        if (sc == null) {
            reject(req, SipServletResponse.SC_CALL_LEG_DONE, null);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        byte[] body = req.getRawContent();
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        char digit;
        if (type.startsWith("application/dtmf-relay")) {
            digit = Dtmf.parseDtmfRelay(text);
        } else if (type.startsWith("application/dtmf")) {
            String t = text.trim();
            digit = t.length() == 1 ? Dtmf.eventToDigit(Dtmf.digitToEvent(t.charAt(0))) : 0;
        } else {
            SipServletResponse r = req.createResponse(SipServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            r.setHeader("Accept", "application/dtmf-relay, application/dtmf");
            r.send();
            return;
        }
        if (digit == 0) {
            reject(req, SipServletResponse.SC_BAD_REQUEST, "No DTMF signal");
            return;
        }
        req.createResponse(SipServletResponse.SC_OK).send();
        if (B2bua.sameSession(req.getSession(), sc.callerSession)) {
            b2bua.onDigit(sc, digit, DtmfDeduplicator.Path.SIP_INFO);
        }
    }

    /**
     * A NOTIFY of the implicit subscription of our REFER (RFC 3515): answered 200; its message/sipfrag body says how
     * the caller's side got on. A final 2xx completes the transfer (the line leaves the call), a final failure falls
     * back to bridging the caller through the gateway. A NOTIFY for no transfer of ours gets 481.
     */
    void onNotify(SipServletRequest req) throws IOException {
        SipCall sc = b2bua.bySession.get(req.getSession().getId());
        boolean subscribed = false;
        if (sc != null) {
            synchronized (sc) {
                subscribed = sc.state() == SipCall.State.TRANSFERRING && sc.transfer != null
                        && sc.transfer.phase() != SipCall.TransferPhase.BRIDGING
                        && B2bua.sameSession(req.getSession(), sc.callerSession);
            }
        }
        if (!subscribed) {
            reject(req, SipServletResponse.SC_CALL_LEG_DONE, "No such subscription");
            return;
        }
        String event = req.getHeader("Event");
        int semicolon = event == null ? -1 : event.indexOf(';');
        String eventPackage = event == null ? "" : (semicolon < 0 ? event : event.substring(0, semicolon)).trim();
        if (!"refer".equalsIgnoreCase(eventPackage)) {
            reject(req, SipServletResponse.SC_BAD_EVENT, null);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        byte[] body = rawContent(req);
        int status = type.startsWith("message/sipfrag") && body != null
                ? Sipfrag.status(new String(body, StandardCharsets.UTF_8)) : -1;
        String subscriptionState = req.getHeader("Subscription-State");
        boolean terminated = subscriptionState != null
                && subscriptionState.trim().toLowerCase(Locale.ROOT).startsWith("terminated");
        req.createResponse(SipServletResponse.SC_OK).send();
        CallId id = sc.call.id();
        if (status >= 200 && status < 300) {
            LOG.info(() -> "transfer of " + id + " completed by the caller's side: leaving the call");
            b2bua.transfers.complete(sc, true);
        } else if (status >= 300 || terminated) {
            b2bua.transfers.fallBack(sc, status >= 300 ? "the caller's side reported " + status
                    : "subscription ended without a final result");
        } else {
            synchronized (sc) {
                if (sc.transfer != null && sc.transfer.phase() == SipCall.TransferPhase.REFERRED) {
                    sc.transfer.moveTo(SipCall.TransferPhase.ACCEPTED, sc.call.id()); // the NOTIFY overtook the 202
                }
            }
        }
    }

    void onOptions(SipServletRequest req) throws IOException {
        SipServletResponse r = req.createResponse(SipServletResponse.SC_OK);
        r.setHeader("Allow", ALLOW);
        r.setHeader("Accept", "application/sdp, application/dtmf-relay");
        r.send();
    }

    void onUnexpected(SipServletRequest req) throws IOException {
        if ("ACK".equals(req.getMethod())) {
            return;
        }
        SipServletResponse r = req.createResponse(SipServletResponse.SC_METHOD_NOT_ALLOWED);
        r.setHeader("Allow", ALLOW);
        r.send();
    }

    private void onReInvite(SipServletRequest req) throws IOException {
        SipCall sc = b2bua.bySession.get(req.getSession().getId());
        if (sc == null) {
            reject(req, SipServletResponse.SC_CALL_LEG_DONE, null);
            return;
        }
        RtpEndpoint endpoint;
        synchronized (sc) {
            if (B2bua.sameSession(req.getSession(), sc.callerSession)) {
                endpoint = sc.callerEndpoint;
            } else if (sc.leg != null && B2bua.sameSession(sc.leg.session, req.getSession())) {
                endpoint = sc.leg.endpoint;
            } else {
                endpoint = null;
            }
        }
        if (endpoint == null) {
            reject(req, SipServletResponse.SC_CALL_LEG_DONE, null);
            return;
        }
        byte[] body = req.getRawContent();
        String direction = "sendrecv";
        List<Codec> codecs = List.of(endpoint.codec());
        int te = -1;
        if (body != null && body.length > 0) {
            Sdp offer;
            try {
                offer = Sdp.parse(new String(body, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                reject(req, SipServletResponse.SC_BAD_REQUEST, "Bad SDP");
                return;
            }
            Codec codec = offer.preferredCodec();
            if (codec == null) {
                reject(req, SipServletResponse.SC_NOT_ACCEPTABLE_HERE, "PCMU or PCMA required");
                return;
            }
            te = offer.telephoneEventPayloadType();
            endpoint.connect(new InetSocketAddress(offer.address(), offer.port()), codec, te);
            endpoint.setSending(offer.peerReceives());
            endpoint.setExpectingMedia(offer.peerSends());
            direction = offer.answerDirection();
            codecs = List.of(codec);
        }
        SipServletResponse ok = req.createResponse(SipServletResponse.SC_OK);
        ok.setContent(Sdp.write(endpoint.localAddress(), endpoint.localPort(), codecs, te, direction)
                .getBytes(StandardCharsets.US_ASCII), "application/sdp");
        ok.send();
    }

    private static void reject(SipServletRequest req, int status, String reason) throws IOException {
        (reason == null ? req.createResponse(status) : req.createResponse(status, reason)).send();
    }

    private static byte[] rawContent(SipServletRequest req) {
        try {
            return req.getRawContent();
        } catch (IOException e) {
            return null;
        }
    }
}
