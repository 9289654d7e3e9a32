package org.govcc.sip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.Address;
import javax.servlet.sip.ServletParseException;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.RingFailure;
import org.govcc.api.control.TransferFailure;
import org.govcc.sip.container.SipLogRedaction;
import org.govcc.sip.media.Codec;
import org.govcc.sip.media.MediaListener;
import org.govcc.sip.media.RtpEndpoint;
import org.govcc.sip.registrar.Registrar;

/**
 * The line's outgoing legs of a call: an agent's phone, or the outside number of a transfer bridged through the trunk.
 * Rings them, takes their answers (bridging the caller to the leg's media), their failures and ring time-outs, and
 * releases a leg taken off the call (holding the caller is {@link CallerMedia#hold}). Thread-safe: each call's state
 * is guarded by its {@link SipCall}.
 */
final class OutgoingLegs {

    private static final Logger LOG = Logger.getLogger(OutgoingLegs.class.getName());

    private final B2bua line;
    private final Registrar registrar;
    private final TrunkChallenges trunk;
    private final CallerTransfers transfers;

    OutgoingLegs(B2bua line, Registrar registrar, TrunkChallenges trunk, CallerTransfers transfers) {
        this.line = line;
        this.registrar = registrar;
        this.trunk = trunk;
        this.transfers = transfers;
    }

    /** The answer to an outgoing leg's INVITE (an agent's phone, or the outside number of a transfer). */
    void onResponse(SipCall sc, SipServletResponse resp) throws IOException {
        int status = resp.getStatus();
        SipCall.Leg leg = null;
        boolean abandoned = false;
        synchronized (sc) {
            if (sc.leg != null && B2bua.sameSession(sc.leg.session, resp.getSession())) {
                leg = sc.leg;
            } else {
                for (SipCall.Leg l : sc.abandonedLegs) {
                    if (B2bua.sameSession(l.session, resp.getSession())) {
                        leg = l;
                        abandoned = true;
                    }
                }
            }
        }
        if (leg == null) {
            return;
        }
        if (status < 200) {
            synchronized (sc) {
                leg.provisional = true;
            }
            return;
        }
        if (abandoned || leg.state() != SipCall.LegState.RINGING) {
            if (status < 300) {
                resp.createAck().send();
                resp.getSession().createRequest("BYE").send();
            }
            forgetLeg(sc, leg);
            return;
        }
        if ((status == SipServletResponse.SC_UNAUTHORIZED
                || status == SipServletResponse.SC_PROXY_AUTHENTICATION_REQUIRED) && leg.agent == null) {
            boolean first;
            synchronized (sc) {
                first = !leg.challenged;
                leg.challenged = true;
            }
            SipServletRequest again = first ? trunk.answer(resp, leg.invite) : null;
            if (again != null) {
                synchronized (sc) {
                    leg.invite = again;
                }
                return;
            }
        }
        if (status >= 300) {
            RingFailure failure = ringFailureOf(status);
            String reason = failure == RingFailure.REJECTED ? "failed with " + status
                    : failure.code().replace('_', ' ');
            failLeg(sc, leg, reason, failure, CallerTransfers.failureOf(status), false);
            return;
        }
        resp.createAck().send();
        byte[] body = resp.getRawContent();
        Sdp answer = null;
        if (body != null && body.length > 0) {
            try {
                answer = Sdp.parse(new String(body, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                answer = null;
            }
        }
        if (answer == null || answer.preferredCodec() == null) {
            resp.getSession().createRequest("BYE").send();
            synchronized (sc) {
                leg.finish();
            }
            failLeg(sc, leg, "unusable SDP answer", RingFailure.REJECTED, TransferFailure.REJECTED, false);
            return;
        }
        synchronized (sc) {
            if (sc.state() == SipCall.State.ENDED) {
                resp.getSession().createRequest("BYE").send();
                forgetLeg(sc, leg);
                return;
            }
            leg.moveTo(SipCall.LegState.CONNECTED);
            leg.ringTimer = SipCall.cancel(leg.ringTimer);
            leg.endpoint.connect(new InetSocketAddress(answer.address(), answer.port()), answer.preferredCodec(),
                    answer.telephoneEventPayloadType());
            leg.endpoint.setSending(answer.peerReceives());
            leg.endpoint.setExpectingMedia(answer.peerSends());
            sc.callerEndpoint.bridge(leg.endpoint);
        }
        SipCall.Leg l = leg;
        if (l.agent == null) {
            LOG.info(() -> "transfer of " + sc.call.id() + " bridged through the outbound gateway");
            transfers.complete(sc, false);
        } else {
            line.signal(new CallSignal.AgentAnswered(sc.call.id(), l.agent, line.clock.instant()));
        }
    }

    /** Rings {@code agent}'s registered phone for the call; {@code AgentUnreachable} follows when it cannot ring. */
    void connectToAgent(CallId callId, AgentId agent, Duration ringTimeout) {
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return;
        }
        Optional<Registrar.Binding> binding = registrar.current(agent);
        String failure;
        RingFailure kind = RingFailure.LINE_ERROR;
        synchronized (sc) {
            if (!sc.handlerOwns()) {
                return;
            }
            if (binding.isEmpty()) {
                failure = "not registered";
                kind = RingFailure.NOT_REGISTERED;
            } else if (sc.leg != null && sc.leg.state() != SipCall.LegState.DONE) {
                failure = "call already has an agent leg";
            } else {
                Exception e = ring(sc, agent, "sip:" + binding.get().username() + "@" + line.settings.realm(),
                        binding.get().contact(), ringTimeout);
                failure = e == null ? null : "could not ring: " + e.getClass().getSimpleName();
            }
        }
        if (failure != null) {
            line.signal(new CallSignal.AgentUnreachable(callId, agent, failure, line.clock.instant(), kind));
        }
    }

    /**
     * Takes {@code agent}'s leg off the call: BYE once answered (CANCEL while it rings), its port freed, and the caller
     * unbridged, back on the line's own media for the prompts the engines play; the next {@link #connectToAgent} rings
     * a new leg. The leg leaves {@code bySession} first, so a BYE of that phone crossing ours is not reported.
     */
    void releaseAgent(CallId callId, AgentId agent) {
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return;
        }
        SipCall.Leg leg;
        synchronized (sc) {
            if (!sc.handlerOwns() || sc.leg == null || !agent.equals(sc.leg.agent)) {
                return;
            }
            leg = sc.leg;
            sc.leg = null;
            sc.callerEndpoint.unbridge();
        }
        release(sc, leg);
        synchronized (sc) {
            leg.finish();
        }
        LOG.fine(() -> "released agent " + agent + " from " + callId + "; the caller stays on the line");
    }

    /**
     * Rings a leg that is bridged to the caller once answered: an agent's phone ({@code agent} given), or the outside
     * number of a transfer through the gateway ({@code agent} null). The answer arrives in {@link #onResponse}, a ring
     * time-out in {@link #failLeg}.
     *
     * @return null when the INVITE was sent, else what stopped it (then nothing of the leg is left behind); an
     *     {@link IOException} means the destination could not be reached (e.g. a TCP connection refused)
     */
    Exception ring(SipCall sc, AgentId agent, String to, String requestUri, Duration ringTimeout) {
        SipFactory factory = line.factory();
        RtpEndpoint endpoint = null;
        synchronized (sc) {
            try {
                endpoint = line.media.open(new LegMediaListener(sc.call.id(), agent));
                Address from = factory.createAddress(line.identities.fromOf(sc.call));
                SipServletRequest invite = factory.createRequest(sc.callerSession.getApplicationSession(), "INVITE",
                        from, factory.createAddress(to));
                invite.setRequestURI(factory.createURI(requestUri));
                Codec codec = sc.callerEndpoint.codec();
                invite.setContent(Sdp.write(endpoint.localAddress(), endpoint.localPort(), List.of(codec), 101,
                        "sendrecv").getBytes(StandardCharsets.US_ASCII), "application/sdp");
                if (agent != null) {
                    invite.setHeader("X-GovCC-Call", sc.call.id().value());
                }
                if (line.settings.isSealed(sc.call.line())) {
                    // RFC 3323: ask every hop to withhold the identity too. The line never adds P-Asserted-Identity,
                    // Call-Info or Remote-Party-ID, and From is anonymous: nothing here holds the caller's number.
                    invite.setHeader("Privacy", "id");
                }
                SipCall.Leg leg = new SipCall.Leg(agent, invite, endpoint);
                sc.leg = leg;
                line.bySession.put(leg.session.getId(), sc);
                leg.ringTimer = line.media.schedule(() -> ringTimedOut(sc, leg), ringTimeout);
                invite.send();
                return null;
            } catch (ServletParseException | IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not ring " + (agent != null ? "agent " + agent : requestUri) + " for "
                        + sc.call.id(), SipLogRedaction.redact(e));
                if (sc.leg != null && sc.leg.endpoint == endpoint) {
                    SipCall.cancel(sc.leg.ringTimer);
                    line.bySession.remove(sc.leg.session.getId());
                    sc.leg = null;
                }
                if (endpoint != null) {
                    endpoint.close();
                }
                return e;
            }
        }
    }

    /** The ring time-out of an outgoing leg: without even a provisional answer, nothing is there at all. */
    private void ringTimedOut(SipCall sc, SipCall.Leg leg) {
        boolean heard;
        synchronized (sc) {
            heard = leg.provisional;
        }
        failLeg(sc, leg, "no answer", RingFailure.NO_ANSWER,
                heard ? TransferFailure.NO_ANSWER : TransferFailure.TRUNK_UNREACHABLE, true);
    }

    /**
     * An outgoing leg failed before it was answered: an agent's leg is reported {@code AgentUnreachable} with
     * {@code reason} and {@code ringFailure}; the outside leg of a transfer fails the transfer with
     * {@code transferFailure}, the caller kept.
     */
    private void failLeg(SipCall sc, SipCall.Leg leg, String reason, RingFailure ringFailure,
                         TransferFailure transferFailure, boolean sendCancel) {
        synchronized (sc) {
            if (leg.state() != SipCall.LegState.RINGING) {
                return;
            }
            leg.moveTo(SipCall.LegState.DONE);
            leg.ringTimer = SipCall.cancel(leg.ringTimer);
            if (sc.leg == leg) {
                sc.leg = null;
            }
            leg.endpoint.close();
            if (sendCancel) {
                sc.abandonedLegs.add(leg);
                try {
                    leg.invite.createCancel().send();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "CANCEL failed", e);
                    sc.abandonedLegs.remove(leg);
                    line.bySession.remove(leg.session.getId());
                }
            } else {
                line.bySession.remove(leg.session.getId());
            }
        }
        if (leg.agent == null) {
            transfers.fail(sc, transferFailure);
            return;
        }
        boolean owned;
        synchronized (sc) {
            owned = sc.handlerOwns();
        }
        if (owned) {
            line.signal(new CallSignal.AgentUnreachable(sc.call.id(), leg.agent, reason, line.clock.instant(),
                    ringFailure));
        }
    }

    /** An agent's phone's final answer as a type: the one place the line maps its status codes. */
    static RingFailure ringFailureOf(int status) {
        switch (status) {
            case 486:
            case 600:
                return RingFailure.BUSY;
            case 408:
                return RingFailure.NO_ANSWER;
            case 480:
                return RingFailure.UNAVAILABLE;
            case 603:
                return RingFailure.DECLINED;
            default:
                return RingFailure.REJECTED;
        }
    }

    private void forgetLeg(SipCall sc, SipCall.Leg leg) {
        synchronized (sc) {
            sc.abandonedLegs.remove(leg);
            if (sc.leg == leg) {
                sc.leg = null;
            }
            if (sc.state() == SipCall.State.ENDED || sc.leg == null || !B2bua.sameSession(sc.leg.session, leg.session)) {
                line.bySession.remove(leg.session.getId(), sc);
            }
        }
        leg.endpoint.close();
    }

    /** Ends an outgoing leg taken off the call: CANCEL while it rings, BYE once connected; frees its port. */
    void release(SipCall sc, SipCall.Leg leg) {
        line.monitoring.legReleased(sc, leg);
        SipCall.cancel(leg.ringTimer);
        leg.endpoint.close();
        line.bySession.remove(leg.session.getId(), sc);
        if (leg.state() == SipCall.LegState.RINGING) {
            try {
                leg.invite.createCancel().send();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "CANCEL failed", e);
            }
        } else if (leg.state() == SipCall.LegState.CONNECTED) {
            CallTeardown.sendBye(leg.session);
        }
    }

    /**
     * Media events of an outgoing leg's endpoint (an agent's phone, or the outside number of a transfer when
     * {@code agent} is null): only its loss matters (the phone or its network died).
     */
    private final class LegMediaListener implements MediaListener {
        private final CallId callId;
        private final AgentId agent;

        LegMediaListener(CallId callId, AgentId agent) {
            this.callId = callId;
            this.agent = agent;
        }

        @Override
        public void inactive() {
            SipCall sc = line.calls.get(callId);
            if (sc == null) {
                return;
            }
            boolean connected;
            synchronized (sc) {
                // A call has at most one transfer leg, so a null agent identifies it.
                connected = sc.leg != null && java.util.Objects.equals(sc.leg.agent, agent)
                        && sc.leg.state() == SipCall.LegState.CONNECTED;
            }
            if (connected) {
                LOG.info(() -> "no RTP from " + (agent == null ? "the transfer target" : "agent " + agent) + " on "
                        + callId + ": ending the call");
                line.end(sc, agent == null ? null : new CallSignal.AgentHungUp(callId, agent, line.clock.instant()), true);
            }
        }
    }
}
