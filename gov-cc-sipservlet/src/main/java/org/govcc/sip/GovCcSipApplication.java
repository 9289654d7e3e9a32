package org.govcc.sip;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerPseudonyms;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.NumberSeal;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.control.CallMonitoring;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.MonitorSignalListener;
import org.govcc.api.internal.Require;
import org.govcc.sip.container.SipApplicationDescriptor;
import org.govcc.sip.container.SipLogRedaction;
import org.govcc.sip.container.SipXml;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.registrar.DigestAuthenticator;
import org.govcc.sip.registrar.Registrar;
import org.govcc.sip.registrar.RegistrationListener;

/**
 * The gov-cc SIP application: a B2BUA that answers the configured lines, plays prompts and collects DTMF over its
 * own RTP endpoints, registers agents' phones and bridges callers to them, all driven by a {@link CallHandler}
 * through {@link CallControl}.
 *
 * <p>Deploy it with {@link org.govcc.sip.container.EmbeddedSipContainer} and {@link #descriptor()}; the servlet
 * finds this object in its servlet context, so nothing is static and several lines can run in one JVM. Thread-safe.
 *
 * @since 0.1
 */
public final class GovCcSipApplication implements AutoCloseable {

    /** The servlet-context attribute under which the servlet finds this application. */
    public static final String CONTEXT_ATTRIBUTE = GovCcSipApplication.class.getName();

    /** The application's name in sip.xml and the application router. */
    public static final String APP_NAME = "govcc";

    private static final Logger LOG = Logger.getLogger(GovCcSipApplication.class.getName());

    private final SipLineSettings settings;
    private final MediaEngine media;
    private final Registrar registrar;
    private final B2bua b2bua;
    private final MediaEngine.Cancellable expirySweep;
    private volatile RegistrationListener handlerRegistrations = new RegistrationListener() {
    };

    /**
     * Creates the application; agents' registrations go to the call handler when it is a
     * {@link RegistrationListener} (as {@link org.govcc.sip.line.EngineCallHandler} is).
     *
     * @param settings lines, limits, realm
     * @param media the RTP engine (owned by the caller, who closes it after this application)
     * @param prompts audio for announcements
     * @param agents the agents' phone accounts
     * @param handlerFactory makes the call handler, given the call control it must use
     * @param clock the clock for signals and registrations
     */
    public GovCcSipApplication(SipLineSettings settings, MediaEngine media, PromptCatalogue prompts,
                               AgentDirectory agents,
                               Function<? super LineCallControl, ? extends CallHandler> handlerFactory, Clock clock) {
        this(settings, media, prompts, agents, new RegistrationListener() {
        }, handlerFactory, clock);
    }

    /**
     * Creates the application with one more listener for registrations (besides the call handler, which gets them
     * when it is a {@link RegistrationListener}).
     *
     * @param settings lines, limits, realm
     * @param media the RTP engine (owned by the caller, who closes it after this application)
     * @param prompts audio for announcements
     * @param agents the agents' phone accounts
     * @param registrations told when agents' phones become reachable or not
     * @param handlerFactory makes the call handler, given the call control it must use
     * @param clock the clock for signals and registrations
     */
    public GovCcSipApplication(SipLineSettings settings, MediaEngine media, PromptCatalogue prompts,
                               AgentDirectory agents, RegistrationListener registrations,
                               Function<? super LineCallControl, ? extends CallHandler> handlerFactory, Clock clock) {
        this.settings = Require.nonNull(settings, "settings");
        this.media = Require.nonNull(media, "media");
        Require.nonNull(prompts, "prompts");
        Require.nonNull(agents, "agents");
        Require.nonNull(registrations, "registrations");
        Require.nonNull(handlerFactory, "handlerFactory");
        Require.nonNull(clock, "clock");
        // The registrar exists before the handler (the handler needs the call control, which needs the registrar),
        // so registrations reach the handler through this field once it is made.
        RegistrationListener toBoth = new RegistrationListener() {
            @Override
            public void registered(AgentId agent, String contact) {
                registrations.registered(agent, contact);
                handlerRegistrations.registered(agent, contact);
            }

            @Override
            public void unregistered(AgentId agent, String reason) {
                registrations.unregistered(agent, reason);
                handlerRegistrations.unregistered(agent, reason);
            }
        };
        this.registrar = new Registrar(agents, new DigestAuthenticator(settings.realm(), Duration.ofMinutes(5), clock),
                toBoth, clock, settings.maxRegistration());
        this.b2bua = new B2bua(settings, media, prompts, registrar, clock);
        CallHandler handler = Objects.requireNonNull(handlerFactory.apply(b2bua), "handlerFactory returned null");
        this.b2bua.setHandler(handler);
        if (handler instanceof RegistrationListener) {
            this.handlerRegistrations = (RegistrationListener) handler;
        }
        this.expirySweep = new PeriodicSweep(media, registrar::expire, Duration.ofSeconds(5)).start();
    }

    /** Returns the deployment (sip.xml, router entries, and this object as the servlet's collaborator). */
    public SipApplicationDescriptor descriptor() {
        return new SipApplicationDescriptor(APP_NAME, SipXml.withMainServlet(APP_NAME, GovCcSipServlet.class),
                // The methods the line serves (B2bua's Allow); the container answers any other initial request 405.
                SipApplicationDescriptor.routeAll(APP_NAME, "INVITE", "REGISTER", "OPTIONS", "NOTIFY", "INFO"),
                Map.of(CONTEXT_ATTRIBUTE, this));
    }

    /**
     * Sealed lines' callers get a pseudonym from {@code pseudonyms} (so that their calls can be linked) instead of
     * staying anonymous; call it before the container starts. The number itself never leaves the SIP edge.
     *
     * @since 0.3
     */
    public GovCcSipApplication pseudonymiseSealedCallers(CallerPseudonyms pseudonyms) {
        b2bua.identities.pseudonymiseWith(pseudonyms);
        return this;
    }

    /**
     * Sealed lines' callers' numbers are sealed by {@code seal} when their calls arrive, so that a caller who consents
     * can be called back ({@link #sealedCallerOf}, {@code CallControl.dialOutSealed}); call it before the container
     * starts. Until then such callers cannot be called back.
     *
     * @since 0.4
     */
    public GovCcSipApplication sealCallerNumbersWith(NumberSeal seal) {
        b2bua.identities.sealWith(seal);
        return this;
    }

    /**
     * The sealed number of the caller of {@code call}, while that call of a sealed line is in progress: empty on
     * other lines, after the call ended, and for a caller who withheld their number.
     *
     * @since 0.4
     */
    public Optional<SealedNumber> sealedCallerOf(CallId call) {
        return b2bua.sealedCallerOf(call);
    }

    /**
     * Lets supervisors' phones monitor the calls of lines whose {@code policies} allow it
     * ({@link ConfidentialityPolicy#monitoringAllowed()}), and tells {@code signals} when a phone joins a call and
     * when its monitoring ends. Until this is called, the calls of sealed lines are never monitored and the signals
     * are dropped. A policy that throws refuses the monitoring.
     *
     * @since 0.4
     */
    public GovCcSipApplication monitorWith(Function<LineId, ConfidentialityPolicy> policies,
                                           MonitorSignalListener signals) {
        b2bua.monitoring.configure(policies, signals);
        return this;
    }

    /**
     * Returns the silent monitoring of this line's calls: a supervisor's phone, registered with {@link #registrar()}
     * like an agent's, hears a bridged call's two parties mixed while they hear nothing of it (see
     * {@link #monitorWith}).
     *
     * @since 0.4
     */
    public CallMonitoring callMonitoring() {
        return b2bua.monitoring;
    }

    /** Returns the call control the handler uses (for bindings that need it elsewhere). */
    public LineCallControl callControl() {
        return b2bua;
    }

    /** Returns the agents' registrar. */
    public Registrar registrar() {
        return registrar;
    }

    /** Returns the settings. */
    public SipLineSettings settings() {
        return settings;
    }

    /** Returns the calls in progress. */
    public int activeCalls() {
        return b2bua.activeCalls();
    }

    /**
     * Starts draining before a shutdown: new INVITEs get 503 with Retry-After (a caller's network then tries another
     * node or the caller again later) while the calls in progress go on; see {@link #activeCalls()}. Irreversible.
     */
    public void drain() {
        b2bua.drain();
    }

    /** Returns what the line holds now (calls, session mappings, RTP ports, timers), for leak checks and monitoring. */
    public ResourceCounts resources() {
        return b2bua.resources();
    }

    /** Changes the language of a call's prompts (after the caller chose one). */
    public void setLanguage(CallId call, Language language) {
        b2bua.setLanguage(Require.nonNull(call, "call"), Require.nonNull(language, "language"));
    }

    void attach(SipFactory factory) {
        b2bua.attach(Require.nonNull(factory, "SIP factory"));
    }

    void handle(SipServletRequest req) throws IOException {
        if (req.isInitial()) {
            // Let the container drop the sessions as soon as their dialogs or transactions are over.
            req.getApplicationSession().setInvalidateWhenReady(true);
            req.getSession().setInvalidateWhenReady(true);
        }
        try {
            if (RequestChecks.refused(req)) {
                if (req.isInitial()) {
                    CallTeardown.invalidate(req.getApplicationSession());
                }
                return;
            }
            if (!req.isInitial() && b2bua.monitoring.dialogs().onRequest(req)) {
                return; // within a supervisor's phone's dialog
            }
            switch (req.getMethod()) {
                case "INVITE":
                    b2bua.onInvite(req);
                    break;
                case "ACK":
                    b2bua.onAck(req);
                    break;
                case "BYE":
                    b2bua.onBye(req);
                    break;
                case "CANCEL":
                    b2bua.onCancel(req);
                    break;
                case "INFO":
                    b2bua.onInfo(req);
                    break;
                case "NOTIFY":
                    b2bua.onNotify(req); // of our REFER's implicit subscription; 481 for anything else
                    if (req.isInitial()) {
                        CallTeardown.invalidate(req.getApplicationSession());
                    }
                    break;
                case "OPTIONS":
                    b2bua.onOptions(req);
                    CallTeardown.invalidate(req.getApplicationSession());
                    break;
                case "REGISTER":
                    RegisterHandler.handle(registrar, req);
                    CallTeardown.invalidate(req.getApplicationSession());
                    break;
                default:
                    b2bua.onUnexpected(req);
                    if (req.isInitial()) {
                        CallTeardown.invalidate(req.getApplicationSession());
                    }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "failed to handle " + req.getMethod() + " " + req.getCallId(),
                    SipLogRedaction.redact(e));
            if (!"ACK".equals(req.getMethod()) && !req.isCommitted()) {
                req.createResponse(SipServletResponse.SC_SERVER_INTERNAL_ERROR).send();
            }
        }
    }

    void handle(SipServletResponse resp) throws IOException {
        try {
            if (!b2bua.monitoring.dialogs().onResponse(resp)) {
                b2bua.onResponse(resp);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "failed to handle response " + resp.getStatus() + " " + resp.getCallId(),
                    SipLogRedaction.redact(e));
        }
    }

    /** Ends every call and stops the registration sweep; the media engine is closed by its owner. */
    @Override
    public void close() {
        expirySweep.cancel();
        b2bua.shutdown();
    }

    /** Runs a task periodically on the media timer without counting as a call timer. */
    private static final class PeriodicSweep {
        private final MediaEngine media;
        private final Runnable task;
        private final Duration period;
        private volatile boolean cancelled;
        private volatile MediaEngine.Cancellable next;

        PeriodicSweep(MediaEngine media, Runnable task, Duration period) {
            this.media = media;
            this.task = task;
            this.period = period;
        }

        MediaEngine.Cancellable start() {
            next = media.every(this::run, period);
            return () -> {
                cancelled = true;
                MediaEngine.Cancellable n = next;
                if (n != null) {
                    n.cancel();
                }
            };
        }

        private void run() {
            if (!cancelled) {
                task.run();
            }
        }
    }
}
