package org.govcc.sip.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.control.PromptId;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.IvrInterpreter;
import org.govcc.ivr.validate.FlowValidator;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.DistributorConfig;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.Scheduler;
import org.govcc.sip.GovCcSipApplication;
import org.govcc.sip.LineCallControl;
import org.govcc.sip.SipLineSettings;
import org.govcc.sip.TrunkSettings;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.WavFile;
import org.govcc.sip.registrar.AgentAccount;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.RunningLine;
import org.govcc.sip.testing.Sipp;
import org.govcc.sip.testing.SippPeers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole vertical slice with the real engines: sipp callers reach the gov-cc IVR interpreter (flows from JSON),
 * are queued by the real distributor, and are bridged to digest-registered sipp agents.
 */
class EnginesLineIT {

    /** The complaint queue's own priority (its flow's queue node gives none). */
    private static final Priority COMPLAINT_PRIORITY = Priority.of(90);
    private static final String MAIN_NUMBER = "1555";
    private static final String COMPLAINT_NUMBER = "15900";
    private static final String REALM = "govcc.engines";
    private static final LineId MAIN = new LineId("main");
    private static final LineId COMPLAINTS = new LineId("complaints");

    /** Low, so that a handful of callers reach it; no other test here has more than two calls at once. */
    private static final int ADMISSION_LIMIT = 4;
    private static final AtomicBoolean mainOpen = new AtomicBoolean(true);
    private static final List<CallCentreEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Hears what the distributor, the IVR binding and the line report. */
    private static final CallCentreListener RECORDER = new CallCentreListener() {
        @Override
        public void onEvent(CallCentreEvent event) {
            events.add(event);
        }
    };
    private static RunningLine sip;
    /** The engines' distributor, for the commands an agent's desk gives (a transfer). */
    private static volatile CallDistributor distributor;
    private static ScheduledExecutorService distributorTimer;
    private static int gatewayPort;
    private final SippPeers peers = new SippPeers(sip.sipPort(), () -> "events: " + types());

    @BeforeAll
    static void startLine() throws IOException {
        Path prompt = Files.createTempFile("govcc-prompt-", ".wav");
        Files.write(prompt, WavFile.write(AudioClip.tone("prompt", 440, 300)));
        URL promptUrl = prompt.toUri().toURL();
        gatewayPort = Ports.free();
        distributorTimer = Executors.newSingleThreadScheduledExecutor();

        List<AgentAccount> accounts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            accounts.add(AgentAccount.withPassword(new AgentId("agent-" + i), "agent" + i, REALM, "secret" + i));
        }
        ServiceSchedule schedule = new ServiceSchedule() {
            @Override
            public String id() {
                return "test-schedule";
            }

            @Override
            public Set<ScheduleId> schedules() {
                return Set.of(new ScheduleId("main"));
            }

            @Override
            public ServiceStatus statusAt(ScheduleId id, Instant at) {
                return mainOpen.get() ? new ServiceStatus.Open(Optional.empty())
                        : new ServiceStatus.Closed(org.govcc.api.schedule.ClosureReason.OUTSIDE_HOURS,
                                Optional.empty(), Optional.empty());
            }
        };
        org.govcc.ivr.prompt.PromptCatalogue ivrPrompts = new org.govcc.ivr.prompt.PromptCatalogue() {
            @Override
            public Set<Language> languages() {
                return Set.of(Language.GREEK, Language.ENGLISH);
            }

            @Override
            public Optional<URL> audio(Language language, PromptId id) {
                return Optional.of(promptUrl);
            }

            @Override
            public Set<PromptId> prompts(Language language) {
                return Set.of();
            }
        };
        SipLineSettings settings = new SipLineSettings(Map.of(MAIN_NUMBER, MAIN, COMPLAINT_NUMBER, COMPLAINTS),
                Language.GREEK, ADMISSION_LIMIT, Duration.ofSeconds(20), REALM, Duration.ofHours(1),
                // National numbers get a 0 in front on this trunk; short codes (112) go as they are.
                Optional.of(TrunkSettings.udp("127.0.0.1", gatewayPort)
                        .withNumberFormat(TrunkSettings.NumberFormat.withNationalPrefix("0"))))
                // Short transfer time-outs, so that a trunk that does not answer fails the transfer within a test.
                .withTransferTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3))
                .withSealedLines(Set.of(COMPLAINTS));
        sip = RunningLine.start(MediaSettings.of("127.0.0.1").withPorts(34000, 35998)
                .withInactivityTimeout(Duration.ofSeconds(8)), media -> new GovCcSipApplication(settings, media,
                        new IvrPrompts(ivrPrompts), AgentDirectory.of(accounts), control -> engines(control, schedule),
                        Clock.systemUTC()));
    }

    /** The engines behind the line: the IVR interpreter, and the distributor with three queues and five agents. */
    private static EngineCallHandler engines(LineCallControl control, ServiceSchedule schedule) {
        IvrInterpreter ivr = IvrInterpreter.builder()
                .flows(FlowRepository.load(List.of(flow("test-main"), flow("test-complaints")),
                        FlowValidator.builder()))
                .schedule(schedule).events(RECORDER).canDialOut(true).build(); // the line has a trunk
        distributor = CallDistributor.builder()
                .config(DistributorConfig.of(Set.of("pensions", "employment", "complaints"), List.of(
                        queue("pensions").priority(Priority.of(20)).build(), queue("employment").build(),
                        queue("complaints").priority(COMPLAINT_PRIORITY).build())))
                .scheduler(Scheduler.of(distributorTimer))
                .callControl(control)
                .listener(RECORDER)
                .build();
        distributor.addAgent(agent(1, "pensions"));
        distributor.addAgent(agent(2, "pensions"));
        distributor.addAgent(agent(3, "pensions"));
        distributor.addAgent(agent(4, "complaints"));
        distributor.addAgent(agent(5, "pensions"));
        return new EngineCallHandler(control, ivr, distributor,
                line -> new FlowId(line.equals(COMPLAINTS) ? "test-complaints" : "test-main"),
                topic -> new QueueId(topic.value()), Duration.ofMillis(800), Clock.systemUTC(), RECORDER,
                line -> line.equals(COMPLAINTS) ? ConfidentialityPolicy.confidential("complaints", Duration.ofDays(365))
                        : ConfidentialityPolicy.standard());
    }

    @AfterAll
    static void stopLine() {
        if (sip != null) {
            sip.close();
        }
        if (distributorTimer != null) {
            distributorTimer.shutdownNow();
        }
    }

    @AfterEach
    void noCallLeavesAnythingBehind() {
        peers.close();
        sip.assertNothingLeftBehind(() -> "events " + events);
        events.clear();
        mainOpen.set(true);
    }

    @Test
    void callerChoosesPensionsByRfc4733IsQueuedByTheDistributorAndBridgedToARegisteredAgent() {
        Sipp.SippProcess agent = peers.registerAgent(1, "agent_answer_await_bye.xml", "0", registered(1));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_bye.xml", 3000);

        peers.assertSucceeded(caller);
        peers.assertSucceeded(agent);
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallConnected.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        assertThat(types()).containsSubsequence("CallArrived", "CallQueued", "CallOffered", "CallConnected");
        assertThat(only(CallCentreEvent.CallQueued.class).priority()).as("the flow's priority, not the queue's 20")
                .isEqualTo(Priority.NORMAL);
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallEnded.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        assertThat(count(CallCentreEvent.CallEnded.class)).as("one end, from the distributor: %s", events)
                .isEqualTo(1);
        assertThat(arrivals().get(0).call().caller().number()).as("the main line keeps the number").isPresent();
    }

    @Test
    void aBridgedCallMovesFromOneAgentToAnotherWhileTheCallerStaysOnTheLine() {
        Sipp.SippProcess first = peers.registerAgent(1, "agent_answer_await_bye.xml", "0", registered(1));
        // The caller sends BYE only at the end; sipp fails the call on any BYE it did not expect before that.
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_bye.xml", 6000);
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallConnected.class), Duration.ofSeconds(10)))
                .as("events %s", events).isTrue();
        org.govcc.api.call.CallId call = only(CallCentreEvent.CallConnected.class).call();
        Sipp.SippProcess second = peers.registerAgent(2, "agent_answer_await_bye.xml", "0", registered(2));

        assertThat(distributor.transferToAgent(call, new AgentId("agent-2"), new AgentId("agent-1")).transferred())
                .isTrue();

        peers.assertSucceeded(first); // its phone got the line's BYE
        peers.assertSucceeded(caller);
        peers.assertSucceeded(second); // answered, then the BYE after the caller hung up
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallEnded.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        synchronized (events) {
            assertThat(events.stream().filter(CallCentreEvent.CallConnected.class::isInstance)
                    .map(e -> ((CallCentreEvent.CallConnected) e).agent().value()))
                    .containsExactly("agent-1", "agent-2");
        }
        assertThat(types()).containsSubsequence("CallConnected", "CallTransferred", "CallOffered", "CallConnected",
                "CallEnded");
        assertThat(count(CallCentreEvent.CallEnded.class)).as("events %s", events).isEqualTo(1);
        assertThat(first.messages()).as("the first phone's dialog ends with the line's BYE").contains("BYE sip:");
        // The other tests expect only the agents their own phones sign in: sign these two out once their wrap-ups end.
        for (String agent : List.of("agent-1", "agent-2")) {
            AgentId id = new AgentId(agent);
            assertThat(Eventually.holds(() -> distributor.agentState(id).status()
                    == org.govcc.api.agent.AgentStatus.AVAILABLE, Duration.ofSeconds(5))).as(agent).isTrue();
            distributor.logOut(id);
        }
    }

    @Test
    void anAgentsPhoneThatVanishesMidCallEndsBothLegsByItsRtpTimeOutAndTheCallIsReportedEnded() {
        Sipp.SippProcess agent = peers.registerAgent(1, "agent_answer_then_vanish.xml", "0", registered(1));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_await_bye.xml", 0);

        peers.assertSucceeded(agent); // answered, half a second of audio, then gone without a BYE
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallConnected.class), Duration.ofSeconds(10)))
                .as("events %s", events).isTrue();
        peers.assertSucceeded(caller); // the line's BYE, once the agent's leg sent no RTP for 8 s
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallEnded.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        CallCentreEvent.CallEnded ended = only(CallCentreEvent.CallEnded.class);
        assertThat(ended.kind()).as("%s", ended).isEqualTo(org.govcc.api.call.EndReason.AGENT_HUNG_UP);
        assertThat(Duration.between(only(CallCentreEvent.CallConnected.class).at(), ended.at()))
                .as("the RTP time-out, not the caller").isBetween(Duration.ofSeconds(7), Duration.ofSeconds(13));
        assertThat(agent.messages()).as("the phone never said goodbye").doesNotContain("BYE sip:");
        AgentId id = new AgentId("agent-1");
        assertThat(Eventually.holds(() -> distributor.agentState(id).status()
                == org.govcc.api.agent.AgentStatus.AVAILABLE, Duration.ofSeconds(5))).isTrue();
        distributor.logOut(id);
    }

    @Test
    void callerWhoHangsUpWhileQueuedIsAnAbandonedCall() {
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_info_dtmf_bye.xml", 3000);

        peers.assertSucceeded(caller);
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallAbandoned.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        assertThat(types()).containsSubsequence("CallArrived", "CallQueued", "CallAbandoned");
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallEnded.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        assertThat(count(CallCentreEvent.CallEnded.class)).as("events %s", events).isEqualTo(1);
    }

    @Test
    void closedMainLineAnnouncesAndHangsUpWhileTheComplaintLineRoutesToItsSpecialist() {
        mainOpen.set(false);
        Sipp.SippProcess closed = peers.call(MAIN_NUMBER, "caller_audio_await_bye.xml", 0);
        peers.assertSucceeded(closed);
        assertThat(has(CallCentreEvent.CallQueued.class)).as("a closed line queues nothing").isFalse();
        // It never reached the distributor, and still leaves a record: arrived, ended by the IVR.
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallEnded.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        assertThat(types()).containsSubsequence("CallArrived", "IvrFinished", "CallEnded");
        CallCentreEvent.CallEnded closedEnd = only(CallCentreEvent.CallEnded.class);
        assertThat(closedEnd.call()).isEqualTo(arrivals().get(0).call().id());
        assertThat(closedEnd.reason()).startsWith("ended by the IVR");

        Sipp.SippProcess agent = peers.registerAgent(4, "agent_answer_await_bye.xml", "0", registered(4));
        Sipp.SippProcess complaint = peers.call(COMPLAINT_NUMBER, "caller_rtp_dtmf_bye.xml", 2500);
        peers.assertSucceeded(complaint);
        peers.assertSucceeded(agent);
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallConnected.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        assertThat(arrivals()).hasSize(2);
        assertThat(arrivals().get(1).call().line()).isEqualTo(COMPLAINTS);
        assertThat(arrivals().get(1).call().caller().number()).as("the confidential line keeps no number").isEmpty();
        assertThat(only(CallCentreEvent.CallQueued.class).priority()).as("its flow gives none: the queue's priority")
                .isEqualTo(COMPLAINT_PRIORITY);
    }

    @Test
    void callsOverTheAdmissionLimitAreRefusedAndEveryCallLeavesARecord() {
        int callers = ADMISSION_LIMIT + 2;
        Sipp.SippProcess burst = peers.start("over-limit", List.of("127.0.0.1:" + sip.sipPort(),
                "-sf", Sipp.SCENARIOS.resolve("caller_short.xml").toString(), "-s", MAIN_NUMBER,
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", String.valueOf(callers), "-l", String.valueOf(callers), "-r", String.valueOf(callers),
                "-d", "2000", "-timeout", "30s"));

        peers.assertSucceeded(burst);
        // The admitted callers hang up in the IVR (they never pick a topic): each ends there, with a record.
        assertThat(Eventually.holds(() -> count(CallCentreEvent.CallEnded.class) == ADMISSION_LIMIT,
                Duration.ofSeconds(5))).as("events %s", events).isTrue();
        assertThat(count(CallCentreEvent.CallArrived.class)).isEqualTo(ADMISSION_LIMIT);
        assertThat(count(CallCentreEvent.CallRejected.class)).isEqualTo(2);
        synchronized (events) {
            assertThat(events.stream().filter(CallCentreEvent.CallEnded.class::isInstance)
                    .map(e -> ((CallCentreEvent.CallEnded) e).call()))
                    .containsExactlyInAnyOrderElementsOf(arrivals().stream().map(a -> a.call().id()).toList());
            assertThat(events.stream().filter(CallCentreEvent.CallRejected.class::isInstance)
                    .map(e -> ((CallCentreEvent.CallRejected) e).reason()))
                    .allMatch(r -> r.startsWith("admission limit"));
        }
    }

    @Test
    void agentWhoDoesNotAnswerIsReportedAndTheCallGoesToTheNextAgent() {
        Sipp.SippProcess silent = peers.registerAgent(2, "agent_no_answer.xml", "0", registered(2));
        Sipp.SippProcess answering = peers.registerAgent(3, "agent_answer_await_bye.xml", "0", registered(3));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_bye.xml", 6000);

        peers.assertSucceeded(caller);
        peers.assertSucceeded(silent);
        peers.assertSucceeded(answering);
        assertThat(types()).as("events %s", events).containsSubsequence("CallQueued", "CallOffered", "OfferFailed",
                "CallOffered", "CallConnected");
    }

    @Test
    void callerAsksForACallbackAndTheDistributorDialsTheCitizenThenTheReservedAgent() {
        Sipp.SippProcess citizen = peers.citizen(gatewayPort, "agent_answer_await_bye.xml");
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_callback_request.xml", 0);
        peers.assertSucceeded(caller);
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallbackRequested.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();

        Sipp.SippProcess agent = peers.registerAgent(5, "agent_answer_then_bye.xml", "1000", registered(5));

        peers.assertSucceeded(citizen);
        peers.assertSucceeded(agent);
        assertThat(types()).as("events %s", events).containsSubsequence("CallQueued", "CallbackRequested",
                "CallbackDialled", "CallConnected");
        // Through the trunk, to the caller's presented number (sipp's call 1: 306900001) in the trunk's format.
        List<String> invites = citizen.received("INVITE");
        assertThat(invites).as(citizen.messages()).hasSize(1);
        assertThat(invites.get(0)).startsWith("INVITE sip:0306900001@127.0.0.1:" + gatewayPort + " SIP/2.0")
                .containsPattern("(?m)^Via: SIP/2.0/UDP ");
    }

    @Test
    void pressing0OnTheComplaintLineSendsAnInviteFor112ToTheTrunkWithoutTheCallersNumber() {
        Sipp.SippProcess trunk = peers.citizen(gatewayPort, "agent_answer_then_bye.xml", 1000);
        Sipp.SippProcess caller = peers.call(COMPLAINT_NUMBER, "caller_presses_0_refuses_refer_await_bye.xml", 0);

        peers.assertSucceeded(trunk);
        peers.assertSucceeded(caller);
        List<String> invites = trunk.received("INVITE");
        assertThat(invites).as(trunk.messages()).hasSize(1);
        assertThat(invites.get(0)).startsWith("INVITE sip:112@127.0.0.1:" + gatewayPort)
                .containsPattern("(?m)^From: \"Anonymous\" <sip:anonymous@anonymous\\.invalid>");
        assertThat(trunk.messages()).as("the sealed line's caller number").doesNotContain("30690000");
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallEnded.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        assertThat(only(CallCentreEvent.CallEnded.class).reason()).isEqualTo("transferred to 112");
        assertThat(has(CallCentreEvent.CallQueued.class)).as("events %s", events).isFalse();
    }

    @Test
    void aCallerWhose112TransferFindsNothingListeningAtTheTrunkStaysConnectedAndReachesTheSpecialist() {
        Sipp.SippProcess agent = peers.registerAgent(4, "agent_answer_then_bye.xml", "1000", registered(4));
        Sipp.SippProcess caller = peers.call(COMPLAINT_NUMBER, "caller_presses_0_refuses_refer_await_bye.xml", 0);

        peers.assertSucceeded(agent);
        peers.assertSucceeded(caller);
        assertTheCallerInDangerReachedTheSpecialist("trunk_unreachable");
    }

    @Test
    void aCallerWhose112TransferGets503FromTheTrunkStaysConnectedAndReachesTheSpecialist() {
        Sipp.SippProcess agent = peers.registerAgent(4, "agent_answer_then_bye.xml", "1000", registered(4));
        Sipp.SippProcess trunk = peers.citizen(gatewayPort, "trunk_unavailable.xml");
        Sipp.SippProcess caller = peers.call(COMPLAINT_NUMBER, "caller_presses_0_refuses_refer_await_bye.xml", 0);

        peers.assertSucceeded(trunk);
        peers.assertSucceeded(agent);
        peers.assertSucceeded(caller);
        assertTheCallerInDangerReachedTheSpecialist("unavailable");
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The 112 transfer failed for {@code failure}, the caller went on in the flow (the danger prompt), was queued and
     * bridged to the specialist.
     */
    private static void assertTheCallerInDangerReachedTheSpecialist(String failure) {
        assertThat(Eventually.holds(() -> has(CallCentreEvent.CallEnded.class), Duration.ofSeconds(5)))
                .as("events %s", events).isTrue();
        assertThat(types()).as("events %s", events).containsSubsequence("CallArrived", "IvrFinished", "CallQueued",
                "CallOffered", "CallConnected", "CallEnded");
        CallCentreEvent.IvrFinished ivr = only(CallCentreEvent.IvrFinished.class);
        assertThat(ivr.outcome()).isInstanceOf(org.govcc.api.ivr.IvrOutcome.Queue.class);
        assertThat(ivr.outcome().variables().get("transfer.failure")).as("events %s", events).contains(failure);
        assertThat(has(CallCentreEvent.CallAbandoned.class)).as("events %s", events).isFalse();
    }


    private static java.util.function.BooleanSupplier registered(int n) {
        return () -> sip.app().registrar().current(new AgentId("agent-" + n)).isPresent();
    }

    private static boolean has(Class<? extends CallCentreEvent> type) {
        synchronized (events) {
            return events.stream().anyMatch(type::isInstance);
        }
    }

    private static long count(Class<? extends CallCentreEvent> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).count();
        }
    }

    private static <T extends CallCentreEvent> T only(Class<T> type) {
        synchronized (events) {
            List<T> found = events.stream().filter(type::isInstance).map(type::cast).toList();
            assertThat(found).as("events %s", events).hasSize(1);
            return found.get(0);
        }
    }

    private static List<CallCentreEvent.CallArrived> arrivals() {
        synchronized (events) {
            return events.stream().filter(CallCentreEvent.CallArrived.class::isInstance)
                    .map(CallCentreEvent.CallArrived.class::cast).toList();
        }
    }

    private static List<String> types() {
        synchronized (events) {
            return events.stream().map(e -> e.getClass().getSimpleName()).toList();
        }
    }

    private static QueueConfig.Builder queue(String skill) {
        return QueueConfig.builder(skill).requires(skill, 1).ringTimeout(Duration.ofSeconds(2))
                .wrapUp(Duration.ofSeconds(1));
    }

    private static AgentProfile agent(int n, String skill) {
        return new AgentProfile(new AgentId("agent-" + n), "Agent " + n, new OrganisationId("efka"),
                Map.of(new SkillId(skill), new SkillLevel(3)));
    }

    private static FlowDocument flow(String id) {
        try (var in = EnginesLineIT.class.getResourceAsStream("/flows/" + id + ".json")) {
            return new FlowDocument(new FlowId(id), "/flows/" + id + ".json",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
