package org.govcc.reference.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.Topic;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.IvrInterpreter;
import org.govcc.ivr.prompt.IndexedPromptCatalogue;
import org.govcc.ivr.validate.FlowValidator;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.config.ServiceLine;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.CallbackPolicy;
import org.govcc.routing.DistributorConfig;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.Scheduler;
import org.govcc.routing.schedule.ServiceCalendar;
import org.govcc.sip.GovCcSipApplication;
import org.govcc.sip.SipLineSettings;
import org.govcc.sip.container.EmbeddedSipContainer;
import org.govcc.sip.container.SipContainerSettings;
import org.govcc.sip.engines.EngineCallHandler;
import org.govcc.sip.engines.IvrPrompts;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.registrar.AgentAccount;
import org.govcc.sip.registrar.AgentDirectory;

/**
 * The Ministry of Labour's line, running: the composition root that builds the calendar, the IVR with the
 * ministry's flows and prompts, the distributor with one queue per topic and the roster, and the SIP application
 * on an embedded container. {@link #close()} stops everything and frees the ports.
 *
 * <p>Started once per process (the WAR does it on deployment). Thread-safe after {@link #start}.
 */
public final class ReferenceLine implements AutoCloseable {

    /** The SIP digest realm of the agents' phones. */
    public static final String REALM = "govcc.labour.gov.gr";

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
     * @param loader the class loader holding the ministry's configuration resources (flows, prompts)
     * @param events told of every call-centre event (persistence, statistics); must not block
     * @param clock the clock of every engine
     * @throws IllegalArgumentException if the configuration is invalid (the message names the part)
     */
    public static ReferenceLine start(LineSettings settings, ClassLoader loader, CallCentreListener events,
                                      Clock clock) {
        Require.nonNull(settings, "settings");
        Require.nonNull(loader, "loader");
        Require.nonNull(events, "events");
        Require.nonNull(clock, "clock");
        ServiceCalendar calendar = MinistryOfLabourLine.calendar();
        IndexedPromptCatalogue prompts = IndexedPromptCatalogue.fromClasspath("config/ministry-of-labour/prompts/catalogue.json", loader);
        List<Topic> topics = MinistryOfLabourLine.topics();
        FlowRepository flows = FlowRepository.load(flowDocuments(loader), FlowValidator.builder()
                .topics(topics.stream().map(Topic::id).collect(Collectors.toSet()))
                .schedules(Set.of(MinistryOfLabourLine.MAIN_HOURS, MinistryOfLabourLine.ALWAYS_OPEN))
                .prompts(prompts));
        List<AgentAccount> accounts = accounts(settings, MinistryOfLabourLine.agents());

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
        Map<String, LineId> numbers = MinistryOfLabourLine.lines().stream()
                .collect(Collectors.toMap(l -> l.number().digits(), ServiceLine::id));
        Map<LineId, ConfidentialityPolicy> policies = MinistryOfLabourLine.lines().stream()
                .collect(Collectors.toMap(ServiceLine::id, ServiceLine::policy));
        GovCcSipApplication application = null;
        EmbeddedSipContainer container = null;
        try {
            application = new GovCcSipApplication(
                    new SipLineSettings(numbers, Language.GREEK, settings.admissionLimit(),
                            Duration.ofSeconds(30), REALM, Duration.ofHours(1), Optional.empty()),
                    media, new IvrPrompts(prompts), AgentDirectory.of(accounts),
                    control -> { // EngineCallHandler is a RegistrationListener: the application hands it the phones
                        IvrInterpreter ivr = IvrInterpreter.builder().flows(flows).schedule(calendar)
                                .prompts(prompts).events(events).clock(clock).build();
                        CallDistributor distributor = CallDistributor.builder()
                                .config(distributorConfig(topics))
                                .clock(clock)
                                .scheduler(Scheduler.of(timer))
                                .callControl(control)
                                .serviceSchedule(calendar)
                                .listener(events)
                                .build();
                        MinistryOfLabourLine.agents().forEach(distributor::addAgent);
                        distributorRef.set(distributor);
                        return new EngineCallHandler(control, ivr, distributor,
                                MinistryOfLabourLine::flowFor, topic -> new QueueId(topic.value()),
                                Duration.ofSeconds(30), clock, events, policies::get);
                    }, clock);
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
                + numbers + ", " + accounts.size() + " agent phones in realm " + REALM);
        return new ReferenceLine(settings, timer, media, application, container, distributorRef.get());
    }

    /** Returns the settings the line runs with. */
    public LineSettings settings() {
        return settings;
    }

    /** Returns the distributor (for statistics and the agents' desktop). */
    public CallDistributor distributor() {
        return distributor;
    }

    /** Returns how many calls are in progress. */
    public int activeCalls() {
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

    private static DistributorConfig distributorConfig(List<Topic> topics) {
        List<QueueConfig> queues = new ArrayList<>();
        for (Topic topic : topics) {
            QueueConfig.Builder queue = QueueConfig.forTopic(topic).ringTimeout(Duration.ofSeconds(20))
                    .wrapUp(Duration.ofSeconds(60));
            if (topic.id().equals(MinistryOfLabourLine.HARASSMENT_COMPLAINTS)) {
                // The confidential line: first in line always, never a callback (no number is kept).
                queue.neverOvertaken(true).callbacks(CallbackPolicy.forbidden());
            } else {
                queue.callbacks(CallbackPolicy.allowed(3, Duration.ofMinutes(10)));
            }
            queues.add(queue.build());
        }
        return DistributorConfig.of(topics.stream().map(t -> t.skill().value()).collect(Collectors.toSet()), queues);
    }

    private static List<FlowDocument> flowDocuments(ClassLoader loader) {
        List<FlowDocument> documents = new ArrayList<>();
        for (FlowId id : MinistryOfLabourLine.flows()) {
            String resource = "config/ministry-of-labour/flows/" + id.value() + ".json";
            URL url = loader.getResource(resource);
            Require.that(url != null, "IVR flow " + id + " is missing: no classpath resource " + resource);
            try (InputStream in = url.openStream()) {
                documents.add(new FlowDocument(id, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read IVR flow " + resource, e);
            }
        }
        return documents;
    }

    /** The agents' phone accounts, from the configured password file or freshly generated passwords. */
    private static List<AgentAccount> accounts(LineSettings settings, List<AgentProfile> roster) {
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
            writeOwnerOnly(settings.generatedPasswords(), passwords);
            LOG.info("gov-cc reference line: generated SIP passwords for " + roster.size()
                    + " agent phones in " + settings.generatedPasswords());
        }
        List<AgentAccount> accounts = new ArrayList<>();
        for (AgentProfile agent : roster) {
            AgentId id = agent.id();
            String password = passwords.getProperty(id.value());
            Require.that(password != null && !password.isBlank(), "no password for agent " + id);
            accounts.add(AgentAccount.withPassword(id, id.value(), REALM, password));
        }
        return accounts;
    }

    private static void writeOwnerOnly(Path file, Properties passwords) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warning("cannot restrict permissions of " + file + " on this file system");
            }
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                passwords.store(out, "gov-cc agent phone passwords (SIP digest, realm " + REALM + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write agent passwords to " + file, e);
        }
    }
}
