package org.govcc.reference.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerPseudonyms;
import org.govcc.api.call.LineId;
import org.govcc.api.call.NumberSeal;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.CallMonitoring;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.IvrLookup;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.IvrInterpreter;
import org.govcc.ivr.prompt.IndexedPromptCatalogue;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.security.OwnerOnlyFiles;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.Scheduler;
import org.govcc.routing.schedule.ServiceCalendar;
import org.govcc.sip.GovCcSipApplication;
import org.govcc.sip.SipLineSettings;
import org.govcc.sip.TrunkSettings;
import org.govcc.sip.container.EmbeddedSipContainer;
import org.govcc.sip.container.SipContainerSettings;
import org.govcc.sip.line.DuressWatch;
import org.govcc.sip.line.EngineCallHandler;
import org.govcc.sip.line.IvrPrompts;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.registrar.AgentAccount;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.registrar.BindingStore;

/**
 * A configured line, running: the composition root that builds the IVR with the configuration's flows and prompts,
 * the distributor with its queues and roster, and the SIP application on an embedded container, all from one
 * {@link LineConfiguration} (the Ministry of Labour's by default). {@link #close()} stops everything and frees the ports.
 *
 * <p>Started once per process (the WAR does it on deployment). Thread-safe after {@link #start}.
 */
public final class ReferenceLine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReferenceLine.class.getName());

    private final LineSettings settings;
    private final ScheduledExecutorService timer;
    private final MediaEngine media;
    private final GovCcSipApplication application;
    private final EmbeddedSipContainer container;
    private final CallDistributor distributor;

    private ReferenceLine(LineSettings settings, ScheduledExecutorService timer, MediaEngine media,
                          GovCcSipApplication application, EmbeddedSipContainer container,
                          CallDistributor distributor) {
        this.settings = settings;
        this.timer = timer;
        this.media = media;
        this.application = application;
        this.container = container;
        this.distributor = distributor;
    }

    /**
     * Builds and starts the line.
     *
     * @param settings where to listen
     * @param configuration the line's configuration, already validated
     * @param loader the class loader of the SIP servlets (the WAR's)
     * @param events told of every call-centre event (persistence, statistics); must not block
     * @param clock the clock of every engine
     * @param lookups what the flows' lookup nodes ask, by name ({@link org.govcc.reference.config.IvrLookups})
     * @param pseudonyms what a sealed line keeps of its callers' numbers (a keyed hash), so that their calls are linked
     * @param seal seals a sealed line's callers' numbers at the SIP edge, for the callbacks they consent to
     * @throws IllegalArgumentException if the configuration is invalid (the message names the part)
     */
    public static ReferenceLine start(LineSettings settings, LineConfiguration configuration, ClassLoader loader,
                                      CallCentreListener events, Clock clock, Map<String, IvrLookup> lookups,
                                      CallerPseudonyms pseudonyms, NumberSeal seal) {
        Require.nonNull(settings, "settings");
        Require.nonNull(configuration, "configuration");
        Require.nonNull(loader, "loader");
        Require.nonNull(events, "events");
        Require.nonNull(clock, "clock");
        Require.nonNull(lookups, "lookups");
        Require.nonNull(pseudonyms, "pseudonyms");
        Require.nonNull(seal, "seal");
        ServiceCalendar calendar = configuration.calendar();
        IndexedPromptCatalogue prompts = configuration.prompts();
        FlowRepository flows = configuration.flows();
        String realm = configuration.realm();
        List<AgentAccount> accounts = accounts(settings, configuration.roster(), realm);
        int admissionLimit = settings.admissionLimit().orElse(configuration.admissionLimit());
        Map<LineId, Integer> lineLimits = configuration.lineAdmissionLimits(admissionLimit);
        // Without a trunk nothing can be dialled out: the IVR offers no callback, and a transfer (112) fails to the
        // flow's own fallback with the caller kept on the line.
        Optional<TrunkSettings> trunk = configuration.trunk().map(Trunks::of);

        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "govcc-distributor-timer");
            t.setDaemon(true);
            return t;
        });
        MediaEngine media;
        try {
            media = new MediaEngine(MediaSettings.of(settings.bindAddress())
                    .withPorts(settings.rtpFirstPort(), settings.rtpLastPort()));
        } catch (IOException e) {
            timer.shutdownNow();
            throw new UncheckedIOException("cannot start the RTP engine on " + settings.bindAddress(), e);
        }
        AtomicReference<CallDistributor> distributorRef = new AtomicReference<>();
        Map<String, LineId> numbers = configuration.numbers();
        GovCcSipApplication application = null;
        EmbeddedSipContainer container = null;
        try {
            application = new GovCcSipApplication(
                    new SipLineSettings(numbers, configuration.defaultLanguage(), admissionLimit,
                            Duration.ofSeconds(30), realm, Duration.ofHours(1), trunk)
                            // A line that keeps no caller number must not show it to the agent's phone either.
                            .withSealedLines(sealedLines(configuration))
                            // A full main line must not take the seats the complaint line needs.
                            .withLineAdmissionLimits(lineLimits),
                    media, new IvrPrompts(prompts), AgentDirectory.of(accounts),
                    control -> { // EngineCallHandler is a RegistrationListener: the application hands it the phones
                        IvrInterpreter.Builder interpreter = IvrInterpreter.builder().flows(flows).schedule(calendar)
                                .canDialOut(trunk.isPresent()).prompts(prompts).events(events).clock(clock);
                        lookups.forEach(interpreter::lookup);
                        IvrInterpreter ivr = interpreter.build();
                        CallDistributor distributor = CallDistributor.builder()
                                .config(configuration.distributor())
                                .clock(clock)
                                .scheduler(Scheduler.of(timer))
                                .callControl(control)
                                .serviceSchedule(calendar)
                                .listener(events)
                                .build();
                        configuration.roster().forEach(distributor::addAgent);
                        distributorRef.set(distributor);
                        EngineCallHandler handler = new EngineCallHandler(control, ivr, distributor,
                                configuration::flowFor, configuration::queueFor,
                                Duration.ofSeconds(30), clock, events, configuration::policyOf,
                                configuration.desk().signIn());
                        // A caller in danger keys the line's duress code: urgent, at the head, supervisors alerted.
                        return new DuressWatch(handler, configuration.duressCodes(), distributor, events, clock);
                    }, clock).pseudonymiseSealedCallers(pseudonyms).sealCallerNumbersWith(seal)
                    // Supervisors listen only where the line's policy allows (never on the confidential line).
                    .monitorWith(configuration::policyOf, signal -> LOG.info(() -> "monitoring: " + signal));
            int restored = application.registrar().persistTo(BindingStore.file(settings.registrationsFile()));
            LOG.info("gov-cc reference line: " + restored + " agent phone registrations taken back from "
                    + settings.registrationsFile());
            container = new EmbeddedSipContainer(SipContainerSettings.of(settings.bindAddress(), settings.sipPort()),
                    application.descriptor(), loader);
            container.start();
        } catch (RuntimeException e) {
            if (container != null) {
                container.stop();
            }
            if (application != null) {
                application.close();
            }
            media.close();
            timer.shutdownNow();
            throw e;
        }
        LOG.info("gov-cc reference line: SIP on " + settings.bindAddress() + ":" + settings.sipPort()
                + " (UDP, TCP), RTP " + settings.rtpFirstPort() + "-" + settings.rtpLastPort() + ", lines "
                + numbers + ", admission limit " + admissionLimit
                + (lineLimits.isEmpty() ? "" : " (lines " + lineLimits + ")")
                + ", " + accounts.size()
                + " agent phones in realm " + realm + ", configuration " + configuration.source() + ", "
                + trunk.map(t -> "outbound trunk " + t.hostPort() + " (" + t.transport() + ")")
                        .orElse("no outbound trunk: no callbacks offered, transfers fall back to the flows' queues"));
        return new ReferenceLine(settings, timer, media, application, container, distributorRef.get());
    }

    /** The lines whose caller number must not leave the SIP edge (their policy keeps none). */
    private static Set<LineId> sealedLines(LineConfiguration configuration) {
        return configuration.numbers().values().stream().filter(l -> !configuration.policyOf(l).keepCallerNumber())
                .collect(Collectors.toSet());
    }

    /** Returns the settings the line runs with. */
    public LineSettings settings() {
        return settings;
    }

    /** Returns the distributor (for statistics and the agents' desktop). */
    public CallDistributor distributor() {
        return distributor;
    }

    /**
     * The sealed number of the caller of {@code call}, a call of a sealed line in progress: what a consented callback
     * dials. Empty on other lines, once the call ended, and for a caller who withheld their number.
     */
    public Optional<SealedNumber> sealedCallerOf(CallId call) {
        return application.sealedCallerOf(call);
    }

    /** Returns the silent monitoring of the line's calls (supervisors' phones listening in). */
    public CallMonitoring monitoring() {
        return application.callMonitoring();
    }

    /** Returns whether {@code agent}'s phone has a registration that has not expired. */
    public boolean phoneRegistered(AgentId agent) {
        return application.registrar().current(agent).isPresent();
    }

    /** Returns how many calls are in progress. */
    public int activeCalls() {
        return application.activeCalls();
    }

    /** Returns whether the SIP container is running (its port accepts requests). */
    public boolean sipListening() {
        return container.isRunning();
    }

    /**
     * Refuses new calls (503) and waits until the calls in progress have ended or {@code limit} has passed; then
     * {@link #close()} ends whatever is left.
     *
     * @return how many calls were still in progress when the wait ended
     */
    public int drain(Duration limit) {
        application.drain();
        LOG.info(() -> "gov-cc reference line: draining, new calls are refused with 503; waiting up to " + limit
                + " for the " + application.activeCalls() + " calls in progress");
        long deadline = System.nanoTime() + limit.toNanos();
        while (application.activeCalls() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return application.activeCalls();
    }

    /** Stops SIP, media and timers; frees every port. Idempotent. */
    @Override
    public void close() {
        container.stop();
        application.close();
        media.close();
        timer.shutdownNow();
    }

    /** The agents' phone accounts, from the configured password file or freshly generated passwords. */
    private static List<AgentAccount> accounts(LineSettings settings, List<AgentProfile> roster, String realm) {
        Properties passwords = new Properties();
        if (settings.agentPasswords().isPresent()) {
            Path file = settings.agentPasswords().get();
            try (InputStream in = Files.newInputStream(file)) {
                passwords.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the agents' passwords from " + file + ": " + e, e);
            }
        } else {
            SecureRandom random = new SecureRandom();
            for (AgentProfile agent : roster) {
                byte[] secret = new byte[9];
                random.nextBytes(secret);
                passwords.setProperty(agent.id().value(), HexFormat.of().formatHex(secret));
            }
            writeOwnerOnly(settings.generatedPasswords(), passwords, realm);
            LOG.info("gov-cc reference line: generated SIP passwords for " + roster.size()
                    + " agent phones in " + settings.generatedPasswords());
        }
        List<AgentAccount> accounts = new ArrayList<>();
        for (AgentProfile agent : roster) {
            AgentId id = agent.id();
            String password = passwords.getProperty(id.value());
            Require.that(password != null && !password.isBlank(), "no password for agent " + id);
            accounts.add(AgentAccount.withPassword(id, id.value(), realm, password));
        }
        return accounts;
    }

    private static void writeOwnerOnly(Path file, Properties passwords, String realm) {
        StringWriter text = new StringWriter();
        try {
            passwords.store(text, "gov-cc agent phone passwords (SIP digest, realm " + realm + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write agent passwords to " + file, e);
        }
        OwnerOnlyFiles.write(file, text.toString());
    }
}
