package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.govcc.sip.media.Codec;
import org.govcc.sip.media.DirectoryPrompts;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.registrar.AgentAccount;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.RtpTones;
import org.govcc.sip.testing.RunningLine;
import org.govcc.sip.testing.Sipp;
import org.govcc.sip.testing.SippPeers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Silent monitoring over SIP on the embedded container: a caller (sipp) bridged to an agent's registered phone (sipp),
 * and a supervisor's registered phone (sipp) rung to listen. The three phones' media are RTP sockets of the test
 * ({@link RtpTones}), each sending a tone of its own, so that the test can tell who hears whom: the supervisor must
 * hear the caller's and the agent's tones, the parties never the supervisor's, the agent only once whispered to.
 */
class MonitoringIT {

    private static final String MAIN_NUMBER = "1555";
    private static final String COMPLAINT_NUMBER = "15900";
    /** A sealed line whose policy lets supervisors listen all the same. */
    private static final String COUNSEL_NUMBER = "15901";
    private static final LineId MAIN = new LineId("main");
    private static final LineId COMPLAINTS = new LineId("complaints");
    private static final LineId COUNSEL = new LineId("counsel");
    /** What every sipp caller's number starts with ({@code 30690000[call_number]} in the scenarios). */
    private static final String CALLER_DIGITS = "30690000";
    private static final String REALM = "govcc.test";
    private static final AgentId AGENT = new AgentId("agent-1");
    private static final AgentId SUPERVISOR = new AgentId("supervisor-9");
    private static final int CALLER_HZ = 440;
    private static final int AGENT_HZ = 1000;
    private static final int SUPERVISOR_HZ = 2000;
    /** 800 ms of audio: many periods of each tone. */
    private static final int WINDOW = 40;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static RunningLine sip;
    private static BridgingLine line;
    private static final List<MonitorSignal> SIGNALS = new ArrayList<>();
    private final SippPeers peers = new SippPeers(sip.sipPort(), () -> "events " + line.events() + " " + signals());
    private final List<RtpTones> media = new ArrayList<>();

    @BeforeAll
    static void startLine() throws IOException {
        Path prompts = Files.createTempDirectory("monitoring-prompts");
        SipLineSettings settings = new SipLineSettings(Map.of(MAIN_NUMBER, MAIN, COMPLAINT_NUMBER, COMPLAINTS,
                COUNSEL_NUMBER, COUNSEL), org.govcc.api.call.Language.GREEK, 20, Duration.ofSeconds(20), REALM,
                Duration.ofHours(1), java.util.Optional.empty()).withSealedLines(Set.of(COMPLAINTS, COUNSEL));
        AgentDirectory accounts = AgentDirectory.of(List.of(
                AgentAccount.withPassword(AGENT, "agent1", REALM, "secret1"),
                AgentAccount.withPassword(SUPERVISOR, "agent9", REALM, "secret9")));
        sip = RunningLine.start(MediaSettings.of("127.0.0.1").withPorts(Ports.lineRtp(34000, 34998)[0],
                Ports.lineRtp(34000, 34998)[1]).withInactivityTimeout(Duration.ofSeconds(5)),
                engine -> new GovCcSipApplication(settings, engine,
                        PromptCatalogue.ofPrompts(DirectoryPrompts.inDirectory(prompts)), accounts,
                        control -> line = new BridgingLine(control, AGENT), Clock.systemUTC())
                        .monitorWith(MonitoringIT::policy, MonitoringIT::record));
    }

    private static ConfidentialityPolicy policy(LineId id) {
        ConfidentialityPolicy sealed = ConfidentialityPolicy.confidential("complaints", Duration.ofDays(365));
        return id.equals(COMPLAINTS) ? sealed : id.equals(COUNSEL) ? sealed.withMonitoringAllowed(true)
                : ConfidentialityPolicy.standard();
    }

    @AfterAll
    static void stopLine() {
        if (sip != null) {
            sip.close();
        }
    }

    @BeforeEach
    void reset() {
        line.reset();
        synchronized (SIGNALS) {
            SIGNALS.clear();
        }
    }

    @AfterEach
    void nothingLeftBehind() {
        peers.close();
        media.forEach(RtpTones::close);
        sip.assertNothingLeftBehind(() -> "events " + line.events() + " " + signals());
    }

    @Test
    void theSupervisorHearsBothPartiesWhoHearNothingOfItThenWhispersToTheAgentAloneAndStopsWhileTheCallGoesOn()
            throws IOException {
        Parties call = bridged(MAIN_NUMBER, 12000, "phone_answer_media_at_key_await_bye.xml", "0");
        CallMonitoring monitoring = sip.app().callMonitoring();

        assertThat(monitoring.listen(call.id, SUPERVISOR, Duration.ofSeconds(5)))
                .isEqualTo(new MonitorAnswer.Accepted(call.id, SUPERVISOR, MonitorMode.RINGING));
        awaitSignal(MonitorSignal.Joined.class);
        assertHearsBoth(call.supervisor, CALLER_HZ, AGENT_HZ, SUPERVISOR_HZ);
        assertHears(call.caller, AGENT_HZ, SUPERVISOR_HZ);
        assertHears(call.agent, CALLER_HZ, SUPERVISOR_HZ);

        assertThat(monitoring.whisper(call.id))
                .isEqualTo(new MonitorAnswer.Accepted(call.id, SUPERVISOR, MonitorMode.WHISPERING));
        assertHearsBoth(call.agent, CALLER_HZ, SUPERVISOR_HZ, AGENT_HZ);
        assertHears(call.caller, AGENT_HZ, SUPERVISOR_HZ);

        assertThat(monitoring.listenOnly(call.id))
                .isEqualTo(new MonitorAnswer.Accepted(call.id, SUPERVISOR, MonitorMode.LISTENING));
        assertHears(call.agent, CALLER_HZ, SUPERVISOR_HZ);

        assertThat(monitoring.stop(call.id))
                .isEqualTo(new MonitorAnswer.Accepted(call.id, SUPERVISOR, MonitorMode.ENDED));
        peers.assertSucceeded(call.supervisorPhone); // it got the line's BYE
        assertThat(endOf()).isEqualTo(MonitorEnd.STOPPED);
        assertThat(monitoring.whisper(call.id)).isEqualTo(new MonitorAnswer.Refused(call.id,
                MonitorRefusal.NOT_MONITORED));
        assertHears(call.caller, AGENT_HZ, SUPERVISOR_HZ);
        assertHears(call.agent, CALLER_HZ, SUPERVISOR_HZ);

        peers.assertSucceeded(call.callerPhone);
        peers.assertSucceeded(call.agentPhone);
        assertEndedByTheCaller(call.id);
    }

    @Test
    void theSupervisorsPhoneHangingUpLeavesBothPartiesConnectedUntilTheCallerEndsTheCall() throws IOException {
        Parties call = bridged(MAIN_NUMBER, 10000, "phone_answer_media_at_key_then_bye.xml", "6000");

        assertThat(sip.app().callMonitoring().listen(call.id, SUPERVISOR, Duration.ofSeconds(5)))
                .isInstanceOf(MonitorAnswer.Accepted.class);
        awaitSignal(MonitorSignal.Joined.class);
        assertHearsBoth(call.supervisor, CALLER_HZ, AGENT_HZ, SUPERVISOR_HZ);

        peers.assertSucceeded(call.supervisorPhone); // its BYE answered
        assertThat(endOf()).isEqualTo(MonitorEnd.SUPERVISOR_HUNG_UP);
        assertThat(sip.app().activeCalls()).isEqualTo(1);
        assertHears(call.caller, AGENT_HZ, SUPERVISOR_HZ);
        assertHears(call.agent, CALLER_HZ, SUPERVISOR_HZ);
        assertThat(line.events()).doesNotContain("agent-hung-up " + call.id.value(),
                "caller-hung-up " + call.id.value());

        peers.assertSucceeded(call.callerPhone);
        peers.assertSucceeded(call.agentPhone);
        assertEndedByTheCaller(call.id);
    }

    @Test
    void theCallsEndHangsUpTheSupervisorsPhone() throws IOException {
        Parties call = bridged(MAIN_NUMBER, 4000, "phone_answer_media_at_key_await_bye.xml", "0");

        assertThat(sip.app().callMonitoring().listen(call.id, SUPERVISOR, Duration.ofSeconds(5)))
                .isInstanceOf(MonitorAnswer.Accepted.class);
        awaitSignal(MonitorSignal.Joined.class);

        peers.assertSucceeded(call.callerPhone);
        peers.assertSucceeded(call.agentPhone);
        peers.assertSucceeded(call.supervisorPhone);
        assertThat(endOf()).isEqualTo(MonitorEnd.CALL_ENDED);
    }

    @Test
    void aSupervisorsPhoneThatDoesNotAnswerIsCancelledAtItsRingTimeOutAndTheCallGoesOn() throws IOException {
        Parties call = bridged(MAIN_NUMBER, 6000, "agent_no_answer.xml", "0");
        CallMonitoring monitoring = sip.app().callMonitoring();

        assertThat(monitoring.listen(call.id, SUPERVISOR, Duration.ofSeconds(1)))
                .isEqualTo(new MonitorAnswer.Accepted(call.id, SUPERVISOR, MonitorMode.RINGING));
        assertThat(monitoring.whisper(call.id))
                .isEqualTo(new MonitorAnswer.Refused(call.id, MonitorRefusal.NOT_ANSWERED));
        assertThat(monitoring.listen(call.id, SUPERVISOR, Duration.ofSeconds(1)))
                .isEqualTo(new MonitorAnswer.Refused(call.id, MonitorRefusal.ALREADY_MONITORED));

        peers.assertSucceeded(call.supervisorPhone); // its CANCEL answered, the 487 acknowledged
        assertThat(endOf()).isEqualTo(MonitorEnd.NO_ANSWER);
        assertHears(call.caller, AGENT_HZ, SUPERVISOR_HZ);
        assertHears(call.agent, CALLER_HZ, SUPERVISOR_HZ);
        peers.assertSucceeded(call.callerPhone);
        peers.assertSucceeded(call.agentPhone);
        assertEndedByTheCaller(call.id);
    }

    @Test
    void theAgentsLegLeavingTheCallEndsTheMonitoringWhileTheCallerStaysOnTheLine() throws IOException {
        Parties call = bridged(MAIN_NUMBER, 6000, "phone_answer_media_at_key_await_bye.xml", "0");
        assertThat(sip.app().callMonitoring().listen(call.id, SUPERVISOR, Duration.ofSeconds(5)))
                .isInstanceOf(MonitorAnswer.Accepted.class);
        awaitSignal(MonitorSignal.Joined.class);
        assertThat(sip.app().callMonitoring().whisper(call.id)).isInstanceOf(MonitorAnswer.Accepted.class);

        line.releaseAgent(call.id);

        peers.assertSucceeded(call.agentPhone);
        peers.assertSucceeded(call.supervisorPhone); // hung up by the line
        assertThat(endOf()).isEqualTo(MonitorEnd.AGENT_LEFT);
        assertThat(sip.app().activeCalls()).isEqualTo(1);
        peers.assertSucceeded(call.callerPhone);
        assertThat(Eventually.holds(() -> line.events().contains("caller-hung-up " + call.id.value()), WAIT))
                .as("events %s", line.events()).isTrue();
    }

    @Test
    void aSupervisorsPhoneThatSendsNoRtpIsHungUpAfterTheTimeOutAndTheCallGoesOn() throws IOException {
        Parties call = bridged(MAIN_NUMBER, 12000, "phone_answer_media_at_key_await_bye.xml", "0", 0);
        assertThat(sip.app().callMonitoring().listen(call.id, SUPERVISOR, Duration.ofSeconds(5)))
                .isInstanceOf(MonitorAnswer.Accepted.class);
        awaitSignal(MonitorSignal.Joined.class);
        assertHearsBoth(call.supervisor, CALLER_HZ, AGENT_HZ, SUPERVISOR_HZ);

        peers.assertSucceeded(call.supervisorPhone); // the line's BYE, after the 5 s RTP time-out
        assertThat(endOf()).isEqualTo(MonitorEnd.PHONE_LOST);
        assertThat(sip.app().activeCalls()).isEqualTo(1);
        assertHears(call.agent, CALLER_HZ, SUPERVISOR_HZ);
        peers.assertSucceeded(call.callerPhone);
        peers.assertSucceeded(call.agentPhone);
        assertEndedByTheCaller(call.id);
    }

    @Test
    void aCallOnTheConfidentialLineIsRefusedAndItsSupervisorsPhoneNeverRings() throws IOException {
        Parties call = bridged(COMPLAINT_NUMBER, 3000, "phone_answer_media_at_key_await_bye.xml", "0");

        assertThat(sip.app().callMonitoring().listen(call.id, SUPERVISOR, Duration.ofSeconds(5)))
                .isEqualTo(new MonitorAnswer.Refused(call.id, MonitorRefusal.NOT_ALLOWED));
        assertThat(sip.app().callMonitoring().whisper(call.id))
                .isEqualTo(new MonitorAnswer.Refused(call.id, MonitorRefusal.NOT_MONITORED));

        peers.assertSucceeded(call.callerPhone);
        peers.assertSucceeded(call.agentPhone);
        assertThat(call.supervisorPhone.received("INVITE")).as(call.supervisorPhone.messages()).isEmpty();
        assertThat(call.supervisor.packets()).isZero();
        assertThat(signals()).isEmpty();
    }

    @Test
    void onASealedLineWhosePolicyAllowsItTheSupervisorsPhoneListensWithoutLearningTheCaller() throws IOException {
        Parties call = bridged(COUNSEL_NUMBER, 8000, "phone_answer_media_at_key_await_bye.xml", "0");

        assertThat(sip.app().callMonitoring().listen(call.id, SUPERVISOR, Duration.ofSeconds(5)))
                .isInstanceOf(MonitorAnswer.Accepted.class);
        awaitSignal(MonitorSignal.Joined.class);
        assertHearsBoth(call.supervisor, CALLER_HZ, AGENT_HZ, SUPERVISOR_HZ);
        assertThat(sip.app().callMonitoring().stop(call.id)).isInstanceOf(MonitorAnswer.Accepted.class);
        peers.assertSucceeded(call.supervisorPhone);

        // The callers are sipp's call 1, whose From is 306900001; no part of it may reach the supervisor's phone.
        List<String> invites = call.supervisorPhone.received("INVITE");
        assertThat(invites).as(call.supervisorPhone.messages()).hasSize(1);
        assertThat(invites.get(0)).containsPattern("(?m)^From: \"Anonymous\" <sip:anonymous@anonymous\\.invalid>")
                .containsPattern("(?m)^Privacy: id\\s*$").containsPattern("(?m)^X-GovCC-Monitor: " + call.id.value());
        assertThat(call.supervisorPhone.messages()).doesNotContain(CALLER_DIGITS);
        peers.assertSucceeded(call.callerPhone);
        peers.assertSucceeded(call.agentPhone);
        assertEndedByTheCaller(call.id);
    }

    /** The phones of one call: sipp for SIP, the test's sockets for media. */
    private record Parties(CallId id, Sipp.SippProcess callerPhone, Sipp.SippProcess agentPhone,
                           Sipp.SippProcess supervisorPhone, RtpTones caller, RtpTones agent, RtpTones supervisor) {
    }

    /**
     * Registers the agent's phone and the supervisor's (running {@code supervisorScenario}, holding
     * {@code supervisorHold} ms), calls {@code number} with a caller that hangs up after {@code callerHold} ms, and
     * returns once the agent answered.
     */
    private Parties bridged(String number, int callerHold, String supervisorScenario, String supervisorHold)
            throws IOException {
        return bridged(number, callerHold, supervisorScenario, supervisorHold, SUPERVISOR_HZ);
    }

    /** As above; the supervisor's phone sends a {@code supervisorHz} tone, or nothing at all when it is 0. */
    private Parties bridged(String number, int callerHold, String supervisorScenario, String supervisorHold,
                            int supervisorHz) throws IOException {
        RtpTones caller = tones(CALLER_HZ);
        RtpTones agent = tones(AGENT_HZ);
        RtpTones supervisor = tones(supervisorHz);
        Sipp.SippProcess agentPhone = peers.registerAgent(1, "phone_answer_media_at_key_await_bye.xml", "0",
                () -> sip.app().registrar().current(AGENT).isPresent(), rtpPort(agent));
        Sipp.SippProcess supervisorPhone = peers.registerAgent(9, supervisorScenario, supervisorHold,
                () -> sip.app().registrar().current(SUPERVISOR).isPresent(), rtpPort(supervisor));
        Sipp.SippProcess callerPhone = peers.start("caller", List.of("127.0.0.1:" + sip.sipPort(),
                "-sf", Sipp.SCENARIOS.resolve("caller_media_at_key_then_bye.xml").toString(), "-s", number,
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-key", "rtp_port", String.valueOf(caller.port()), "-m", "1", "-d", String.valueOf(callerHold),
                "-timeout", "40s"));
        assertThat(Eventually.holds(() -> line.answered() != null, WAIT)).as("agent answered; events %s; %s",
                line.events(), callerPhone.log()).isTrue();
        return new Parties(line.answered(), callerPhone, agentPhone, supervisorPhone, caller, agent, supervisor);
    }

    /** The call ended normally: the caller hung up (signalled on the line's signal thread, hence the wait). */
    private static void assertEndedByTheCaller(CallId id) {
        assertThat(Eventually.holds(() -> line.events().contains("caller-hung-up " + id.value()), WAIT))
                .as("events %s", line.events()).isTrue();
        assertThat(line.events()).containsSubsequence("answered " + id.value(), "caller-hung-up " + id.value())
                .doesNotContain("agent-hung-up " + id.value());
    }

    private RtpTones tones(int hz) throws IOException {
        RtpTones t = new RtpTones();
        media.add(t);
        if (hz > 0) {
            t.answerWithTone(hz, Codec.PCMU);
        }
        return t;
    }

    private static List<String> rtpPort(RtpTones t) {
        return List.of("-key", "rtp_port", String.valueOf(t.port()));
    }

    /** Waits until {@code phone} heard a window's worth of audio from now on. */
    private static void heardFresh(RtpTones phone) {
        phone.forget();
        assertThat(Eventually.holds(() -> phone.packets() >= WINDOW + 10, WAIT))
                .as("packets arrived: %d", phone.packets()).isTrue();
    }

    private static void assertHears(RtpTones phone, int hz, int absentHz) {
        heardFresh(phone);
        assertThat(phone.shareOf(hz, WINDOW)).as("%d Hz heard", hz).isGreaterThan(0.8);
        assertThat(phone.shareOf(absentHz, WINDOW)).as("%d Hz not heard", absentHz).isLessThan(0.01);
    }

    /**
     * Both tones in what {@code phone} receives (about half the energy each) in one of three fresh windows, and
     * {@code absentHz} in none. On a loaded machine one source's packets can come late for a window's mix (the
     * mixer drops what is older than its cap), so one window without a tone proves nothing; a leak always does.
     */
    private static void assertHearsBoth(RtpTones phone, int hz, int otherHz, int absentHz) {
        double one = 0;
        double other = 0;
        for (int window = 0; window < 3; window++) {
            heardFresh(phone);
            assertThat(phone.shareOf(absentHz, WINDOW)).as("%d Hz not in the mix", absentHz).isLessThan(0.01);
            one = phone.shareOf(hz, WINDOW);
            other = phone.shareOf(otherHz, WINDOW);
            if (one > 0.25 && other > 0.25) {
                return;
            }
        }
        assertThat(one).as("%d Hz in the mix", hz).isGreaterThan(0.25);
        assertThat(other).as("%d Hz in the mix", otherHz).isGreaterThan(0.25);
    }

    private static void record(MonitorSignal s) {
        synchronized (SIGNALS) {
            SIGNALS.add(s);
        }
    }

    private static List<MonitorSignal> signals() {
        synchronized (SIGNALS) {
            return List.copyOf(SIGNALS);
        }
    }

    private static void awaitSignal(Class<? extends MonitorSignal> kind) {
        assertThat(Eventually.holds(() -> signals().stream().anyMatch(kind::isInstance), WAIT))
                .as("%s signalled: %s", kind.getSimpleName(), signals()).isTrue();
    }

    /** The end of the test's one monitoring, once signalled. */
    private static MonitorEnd endOf() {
        awaitSignal(MonitorSignal.Ended.class);
        return signals().stream().filter(MonitorSignal.Ended.class::isInstance).map(MonitorSignal.Ended.class::cast)
                .findFirst().orElseThrow().end();
    }
}
