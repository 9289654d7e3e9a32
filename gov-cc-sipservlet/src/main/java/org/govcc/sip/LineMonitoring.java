package org.govcc.sip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.ServletParseException;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.control.CallMonitoring;
import org.govcc.api.control.MonitorAnswer;
import org.govcc.api.control.MonitorEnd;
import org.govcc.api.control.MonitorMode;
import org.govcc.api.control.MonitorRefusal;
import org.govcc.api.control.MonitorSignal;
import org.govcc.api.control.MonitorSignalListener;
import org.govcc.api.internal.Require;
import org.govcc.sip.container.SipLogRedaction;
import org.govcc.sip.media.Codec;
import org.govcc.sip.media.MediaListener;
import org.govcc.sip.media.RtpEndpoint;
import org.govcc.sip.registrar.Registrar;

/**
 * The line's {@link CallMonitoring}: a supervisor's phone, registered with the line's registrar like an agent's, is
 * rung as one more leg of the call (on the caller's application session) and, once it answers, hears both parties
 * mixed ({@link MonitorLeg}). Its SIP dialog (answers, BYE, re-INVITE) is handled by {@link MonitorDialogs}; here are
 * the commands, the ring, and the monitoring's end, which never ends the call. The call's end and its agent's leaving
 * end the monitoring ({@link #legReleased}, {@link #callEnded}).
 *
 * <p>Whether a line may be monitored comes from its {@link ConfidentialityPolicy} ({@link #configure}); until it is
 * given, sealed lines are never monitored. A policy that throws refuses ({@code NOT_ALLOWED}). Thread-safe: each
 * monitoring is guarded by its call's {@link SipCall} monitor; signals reach the listener on the line's signal thread,
 * after the call's own signals of the same moment.
 */
final class LineMonitoring implements CallMonitoring {

    private static final Logger LOG = Logger.getLogger(LineMonitoring.class.getName());

    /** How the monitoring leaves the supervisor's phone when it ends. */
    enum Farewell {
        /** The phone ended it (BYE, a refusal): nothing to send. */
        NONE,
        /** CANCEL while it rings, BYE once answered. */
        HANG_UP
    }

    private final B2bua line;
    private final Registrar registrar;
    private final Map<CallId, MonitorLeg> byCall = new ConcurrentHashMap<>();
    /** The phones' SIP sessions, for {@link MonitorDialogs}. */
    final Map<String, MonitorLeg> bySession = new ConcurrentHashMap<>();
    private final MonitorDialogs dialogs = new MonitorDialogs(this);
    private volatile Predicate<LineId> allowed;
    private volatile MonitorSignalListener listener = MonitorSignalListener.ignoring();

    LineMonitoring(B2bua line, Registrar registrar) {
        this.line = line;
        this.registrar = registrar;
        this.allowed = id -> !line.settings.isSealed(id);
    }

    /** Judges lines by {@code policies} and tells {@code signals} what becomes of each monitoring. */
    void configure(Function<LineId, ConfidentialityPolicy> policies, MonitorSignalListener signals) {
        Require.nonNull(policies, "policies");
        this.listener = Require.nonNull(signals, "signals");
        this.allowed = id -> policies.apply(id).monitoringAllowed();
    }

    /** The SIP side of the phones' dialogs. */
    MonitorDialogs dialogs() {
        return dialogs;
    }

    /** SIP sessions of supervisors' phones still mapped, for the line's resource counts. */
    int sessions() {
        return bySession.size();
    }

    @Override
    public String id() {
        return "sip-monitoring";
    }

    @Override
    public MonitorAnswer listen(CallId callId, AgentId supervisorPhone, Duration ringTimeout) {
        Require.nonNull(callId, "call");
        Require.nonNull(supervisorPhone, "supervisorPhone");
        Require.that(ringTimeout != null && !ringTimeout.isNegative() && !ringTimeout.isZero(),
                "ringTimeout must be positive, but was " + ringTimeout);
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return new MonitorAnswer.Refused(callId, MonitorRefusal.UNKNOWN_CALL);
        }
        boolean mayListen = allowedOn(sc.call.line());
        Optional<Registrar.Binding> binding = registrar.current(supervisorPhone);
        synchronized (sc) {
            MonitorLeg current = byCall.get(callId);
            Optional<MonitorRefusal> refusal = MonitorRules.refuseListen(new MonitorRules.ListenFacts(
                    sc.handlerOwns(), mayListen, current == null ? null : current.mode,
                    agentConnected(sc), binding.isPresent()));
            if (refusal.isPresent()) {
                return new MonitorAnswer.Refused(callId, refusal.get());
            }
            if (!ring(sc, supervisorPhone, binding.get(), ringTimeout)) {
                return new MonitorAnswer.Refused(callId, MonitorRefusal.LINE_ERROR);
            }
        }
        LOG.info(() -> "ringing " + supervisorPhone + " to monitor " + callId);
        return new MonitorAnswer.Accepted(callId, supervisorPhone, MonitorMode.RINGING);
    }

    @Override
    public MonitorAnswer whisper(CallId callId) {
        return command(callId, MonitorRules.Step.WHISPER);
    }

    @Override
    public MonitorAnswer listenOnly(CallId callId) {
        return command(callId, MonitorRules.Step.LISTEN_ONLY);
    }

    @Override
    public MonitorAnswer stop(CallId callId) {
        Require.nonNull(callId, "call");
        MonitorLeg m = byCall.get(callId);
        if (m == null) {
            return new MonitorAnswer.Refused(callId, line.calls.containsKey(callId) ? MonitorRefusal.NOT_MONITORED
                    : MonitorRefusal.UNKNOWN_CALL);
        }
        return end(m, MonitorEnd.STOPPED, Farewell.HANG_UP)
                ? new MonitorAnswer.Accepted(callId, m.phone, MonitorMode.ENDED)
                : new MonitorAnswer.Refused(callId, MonitorRefusal.NOT_MONITORED);
    }

    private MonitorAnswer command(CallId callId, MonitorRules.Step step) {
        Require.nonNull(callId, "call");
        SipCall sc = line.calls.get(callId);
        if (sc == null) {
            return new MonitorAnswer.Refused(callId, MonitorRefusal.UNKNOWN_CALL);
        }
        synchronized (sc) {
            MonitorLeg m = byCall.get(callId);
            MonitorRules.Outcome outcome = MonitorRules.next(m == null ? null : m.mode, step);
            if (!outcome.allowed()) {
                return new MonitorAnswer.Refused(callId, outcome.refusal());
            }
            m.enter(outcome.next());
            LOG.fine(() -> "monitoring of " + callId + " now " + outcome.next().code());
            return new MonitorAnswer.Accepted(callId, m.phone, outcome.next());
        }
    }

    /** An agent's leg left the call (released, transferred away, or the call's end): its monitoring ends with it. */
    void legReleased(SipCall sc, SipCall.Leg leg) {
        MonitorLeg m = byCall.get(sc.call.id());
        if (m != null && m.heard == leg) {
            boolean ended;
            synchronized (sc) {
                ended = sc.state() == SipCall.State.ENDED;
            }
            end(m, ended ? MonitorEnd.CALL_ENDED : MonitorEnd.AGENT_LEFT, Farewell.HANG_UP);
        }
    }

    /** The call ended: so does its monitoring. */
    void callEnded(SipCall sc) {
        MonitorLeg m = byCall.get(sc.call.id());
        if (m != null) {
            end(m, MonitorEnd.CALL_ENDED, Farewell.HANG_UP);
        }
    }

    /** The phone answered with a usable SDP (already applied to its endpoint): it hears the call from now on. */
    boolean joined(MonitorLeg m) {
        SipCall sc = m.call;
        boolean agentLeft;
        synchronized (sc) {
            MonitorRules.Outcome outcome = MonitorRules.next(m.mode, MonitorRules.Step.ANSWERED);
            if (!outcome.allowed()) {
                LOG.fine(() -> "answer of " + m.phone + " for " + sc.call.id() + " in mode " + m.mode + " ignored");
                return false;
            }
            agentLeft = sc.leg != m.heard || m.heard.state() != SipCall.LegState.CONNECTED;
            if (!agentLeft) {
                m.ringTimer = SipCall.cancel(m.ringTimer);
                m.enter(outcome.next());
            }
        }
        if (agentLeft) {
            end(m, MonitorEnd.AGENT_LEFT, Farewell.NONE);
            CallTeardown.sendBye(m.session); // answered: a BYE, not the CANCEL of a ringing phone
            return true;
        }
        LOG.info(() -> m.phone + " monitors " + sc.call.id());
        signal(new MonitorSignal.Joined(sc.call.id(), m.phone, line.clock.instant()));
        return true;
    }

    /**
     * Ends a monitoring; the call goes on. Returns false when it had ended already (each monitoring ends once, and
     * signals its end once).
     */
    boolean end(MonitorLeg m, MonitorEnd why, Farewell farewell) {
        MonitorMode was;
        synchronized (m.call) {
            MonitorRules.Outcome outcome = MonitorRules.next(m.mode, MonitorRules.Step.END);
            if (!outcome.allowed()) {
                return false;
            }
            was = m.mode;
            m.enter(outcome.next());
        }
        byCall.remove(m.call.call.id(), m);
        // A late answer to a cancelled INVITE finds no mapping and is ACKed and hung up by the line (B2bua).
        bySession.remove(m.session.getId(), m);
        if (farewell == Farewell.HANG_UP) {
            if (was == MonitorMode.RINGING) {
                try {
                    m.invite.createCancel().send();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "CANCEL to the supervisor's phone failed", e);
                }
            } else {
                CallTeardown.sendBye(m.session);
            }
        }
        LOG.info(() -> "monitoring of " + m.call.call.id() + " by " + m.phone + " ended: " + why.code());
        signal(new MonitorSignal.Ended(m.call.call.id(), m.phone, why, line.clock.instant()));
        return true;
    }

    /** Rings the supervisor's phone; returns false, leaving nothing behind, when the INVITE could not be sent. */
    private boolean ring(SipCall sc, AgentId phone, Registrar.Binding binding, Duration ringTimeout) {
        SipFactory factory = line.factory();
        RtpEndpoint endpoint = null;
        MonitorLeg m = null;
        try {
            endpoint = line.media.open(new PhoneMedia(sc.call.id()));
            // The From of the agent's leg: on a sealed line the anonymous identity, never the caller's number.
            SipServletRequest invite = factory.createRequest(sc.callerSession.getApplicationSession(), "INVITE",
                    factory.createAddress(line.identities.fromOf(sc.call)),
                    factory.createAddress("sip:" + binding.username() + "@" + line.settings.realm()));
            invite.setRequestURI(factory.createURI(binding.contact()));
            invite.setHeader("X-GovCC-Monitor", sc.call.id().value());
            if (line.settings.isSealed(sc.call.line())) {
                invite.setHeader("Privacy", "id");
            }
            // sendrecv from the start, so that a whisper needs no re-INVITE; what the phone sends is dropped until then.
            invite.setContent(Sdp.write(endpoint.localAddress(), endpoint.localPort(), List.of(Codec.PCMU, Codec.PCMA),
                    -1, "sendrecv").getBytes(StandardCharsets.US_ASCII), "application/sdp");
            m = new MonitorLeg(sc, phone, invite, endpoint, sc.leg);
            MonitorLeg leg = m;
            byCall.put(sc.call.id(), m);
            bySession.put(m.session.getId(), m);
            m.ringTimer = line.media.schedule(() -> end(leg, MonitorEnd.NO_ANSWER, Farewell.HANG_UP), ringTimeout);
            invite.send();
            return true;
        } catch (ServletParseException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not ring " + phone + " to monitor " + sc.call.id(),
                    SipLogRedaction.redact(e));
            if (m != null) {
                m.ringTimer = SipCall.cancel(m.ringTimer);
                byCall.remove(sc.call.id(), m);
                bySession.remove(m.session.getId(), m);
            }
            if (endpoint != null) {
                endpoint.close();
            }
            return false;
        }
    }

    /** Whether the caller is bridged to an agent's answered phone (not in a transfer); hold the call's monitor. */
    private static boolean agentConnected(SipCall sc) {
        return sc.state() == SipCall.State.ACTIVE && sc.leg != null && sc.leg.agent != null && sc.leg.state() == SipCall.LegState.CONNECTED;
    }

    private boolean allowedOn(LineId id) {
        try {
            return allowed.test(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "confidentiality policy of line " + id.value() + " failed: monitoring refused", e);
            return false;
        }
    }

    private void signal(MonitorSignal s) {
        MonitorSignalListener l = listener;
        line.onSignalThread(() -> l.onSignal(s));
    }

    /** Media events of a supervisor's phone: only its loss matters. */
    private final class PhoneMedia implements MediaListener {
        private final CallId callId;

        PhoneMedia(CallId callId) {
            this.callId = callId;
        }

        @Override
        public void inactive() {
            MonitorLeg m = byCall.get(callId);
            if (m == null) {
                return;
            }
            boolean answered;
            synchronized (m.call) {
                answered = m.mode != MonitorMode.RINGING; // a ringing phone sends nothing yet
            }
            if (answered) {
                LOG.info(() -> "no RTP from " + m.phone + " monitoring " + callId + ": ending the monitoring");
                end(m, MonitorEnd.PHONE_LOST, Farewell.HANG_UP);
            }
        }
    }
}
