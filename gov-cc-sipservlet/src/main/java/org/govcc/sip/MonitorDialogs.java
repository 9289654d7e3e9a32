package org.govcc.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import org.govcc.api.control.MonitorEnd;
import org.govcc.sip.media.Codec;

/**
 * The SIP dialogs of supervisors' phones ({@link LineMonitoring}): the answers to their INVITEs, and what they send
 * within the dialog (BYE, re-INVITE, ACK, INFO, OPTIONS; anything else 405). A message of any other session is left
 * to the line. Thread-safe.
 */
final class MonitorDialogs {

    private static final String ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO";

    private final LineMonitoring monitoring;

    MonitorDialogs(LineMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    /** Takes an answer in a supervisor's phone's session; returns false when the session is not one. */
    boolean onResponse(SipServletResponse resp) throws IOException {
        MonitorLeg m = monitoring.bySession.get(resp.getSession().getId());
        if (m == null) {
            return false;
        }
        int status = resp.getStatus();
        if (!"INVITE".equals(resp.getMethod()) || status < 200) {
            return true; // a provisional answer, or the answer to our BYE
        }
        if (status >= 300) {
            monitoring.end(m, MonitorEnd.PHONE_REFUSED, LineMonitoring.Farewell.NONE);
            return true;
        }
        resp.createAck().send();
        Sdp answer = parse(resp.getRawContent());
        if (answer == null || answer.preferredCodec() == null) {
            CallTeardown.sendBye(resp.getSession());
            monitoring.end(m, MonitorEnd.PHONE_REFUSED, LineMonitoring.Farewell.NONE);
            return true;
        }
        synchronized (m.call) {
            m.endpoint.connect(new InetSocketAddress(answer.address(), answer.port()), answer.preferredCodec(),
                    answer.telephoneEventPayloadType());
            m.endpoint.setSending(answer.peerReceives());
            m.endpoint.setExpectingMedia(answer.peerSends());
        }
        if (!monitoring.joined(m)) {
            CallTeardown.sendBye(resp.getSession()); // stopped while it rang, and answered all the same
        }
        return true;
    }

    /** Takes a request within a supervisor's phone's dialog; returns false when the session is not one. */
    boolean onRequest(SipServletRequest req) throws IOException {
        MonitorLeg m = monitoring.bySession.get(req.getSession().getId());
        if (m == null) {
            return false;
        }
        switch (req.getMethod()) {
            case "BYE":
                req.createResponse(SipServletResponse.SC_OK).send();
                monitoring.end(m, MonitorEnd.SUPERVISOR_HUNG_UP, LineMonitoring.Farewell.NONE);
                break;
            case "ACK":
                break;
            case "INVITE":
                reInvite(m, req);
                break;
            case "INFO":
            case "OPTIONS":
                req.createResponse(SipServletResponse.SC_OK).send();
                break;
            default:
                SipServletResponse r = req.createResponse(SipServletResponse.SC_METHOD_NOT_ALLOWED);
                r.setHeader("Allow", ALLOW);
                r.send();
        }
        return true;
    }

    /** A re-INVITE of the phone (a session refresh, a hold): answered with the phone's endpoint, still mixed. */
    private static void reInvite(MonitorLeg m, SipServletRequest req) throws IOException {
        byte[] body = req.getRawContent();
        Codec codec = m.endpoint.codec();
        String direction = "sendrecv";
        if (body != null && body.length > 0) {
            Sdp offer = parse(body);
            if (offer == null) {
                req.createResponse(SipServletResponse.SC_BAD_REQUEST, "Bad SDP").send();
                return;
            }
            codec = offer.preferredCodec();
            if (codec == null) {
                req.createResponse(SipServletResponse.SC_NOT_ACCEPTABLE_HERE, "PCMU or PCMA required").send();
                return;
            }
            m.endpoint.connect(new InetSocketAddress(offer.address(), offer.port()), codec,
                    offer.telephoneEventPayloadType());
            m.endpoint.setSending(offer.peerReceives());
            m.endpoint.setExpectingMedia(offer.peerSends());
            direction = offer.answerDirection();
        }
        SipServletResponse ok = req.createResponse(SipServletResponse.SC_OK);
        ok.setContent(Sdp.write(m.endpoint.localAddress(), m.endpoint.localPort(), List.of(codec), -1, direction)
                .getBytes(StandardCharsets.US_ASCII), "application/sdp");
        ok.send();
    }

    private static Sdp parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return Sdp.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
