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
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.DirectoryPrompts;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.PromptCatalogue;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End-to-end tests of the SIP line on the embedded Restcomm container, with sipp as callers and as agents' phones,
 * all on 127.0.0.1. The line is driven by {@link ScriptedLine} (a stand-in for the IVR and the distributor).
 */
class SipLineIT {

    private static final String MAIN_NUMBER = "1555";
    private static final String COMPLAINT_NUMBER = "15900";
    private static final String REALM = "govcc.test";
    /** The main line's own limit, below the edge's 100: the complaint line keeps 10 seats. */
    private static final int MAIN_LINE_LIMIT = 90;
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(40);
    /** What every sipp caller's number starts with ({@code 30690000[call_number]} in the scenarios). */
    private static final String CALLER_DIGITS = "30690000";
    private static final org.govcc.api.call.PhoneNumber EMERGENCY = new org.govcc.api.call.PhoneNumber("112");

    private static RunningLine sip;
    private static ScriptedLine line;
    private static int gatewayPort;
    private static Path promptDir;
    private final SippPeers peers = new SippPeers(sip.sipPort(), () -> "line events: " + line.events());

    @BeforeAll
    static void startLine() throws IOException {
        promptDir = writePrompts();
        gatewayPort = Ports.free();
        List<AgentAccount> accounts = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            accounts.add(AgentAccount.withPassword(new AgentId("agent-" + i), "agent" + i, REALM, "secret" + i));
        }
        SipLineSettings settings = new SipLineSettings(
                Map.of(MAIN_NUMBER, ScriptedLine.MAIN, COMPLAINT_NUMBER, ScriptedLine.COMPLAINTS),
                org.govcc.api.call.Language.GREEK, 100, Duration.ofSeconds(20), REALM, Duration.ofHours(1),
                java.util.Optional.of(TrunkSettings.parse("127.0.0.1:" + gatewayPort)))
                .withSealedLines(java.util.Set.of(ScriptedLine.COMPLAINTS))
                .withLineAdmissionLimits(Map.of(ScriptedLine.MAIN, MAIN_LINE_LIMIT))
                // Short transfer time-outs so that the guard and the gateway's ring time-out fire within a test.
                .withTransferTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2));
        sip = RunningLine.start(MediaSettings.of("127.0.0.1").withPorts(32000, 33998)
                .withInactivityTimeout(Duration.ofSeconds(5)), media -> new GovCcSipApplication(settings, media,
                        PromptCatalogue.ofPrompts(DirectoryPrompts.inDirectory(promptDir)), AgentDirectory.of(accounts),
                        control -> line = new ScriptedLine(control, Duration.ofSeconds(2), Duration.ofMillis(700)),
                        Clock.systemUTC()).pseudonymiseSealedCallers(SipLineIT::pseudonym));
    }

    @AfterAll
    static void stopLine() {
        if (sip != null) {
            sip.close();
            assertThat(Ports.isFree(sip.sipPort())).as("SIP port released").isTrue();
        }
    }

    @BeforeEach
    void resetScript() {
        line.reset();
    }

    @AfterEach
    void noCallLeavesAnythingBehind() {
        peers.close();
        sip.assertNothingLeftBehind(() -> "events " + line.events());
    }

    @Test
    void callerPicksTopicByRfc4733IsQueuedBridgedToRegisteredAgentAndCallerByeEndsBothLegs() {
        Sipp.SippProcess agent = peers.registerAgent(1, "agent_answer_await_bye.xml", "0", registered(1));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_bye.xml", 3000);

        peers.assertSucceeded(caller);
        peers.assertSucceeded(agent);
        assertEventsInOrder("registered agent-1", "started main", "digit 1",
                "queued topic-1", "offered agent-1", "answered agent-1", "caller-hung-up");
    }

    @Test
    void sipInfoDigitSentAlsoAsRfc4733CountsOnceAndRoutesTheCall() {
        Sipp.SippProcess agent = peers.registerAgent(2, "agent_answer_await_bye.xml", "0", registered(2));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_info_dtmf_bye.xml", 2500);

        peers.assertSucceeded(caller);
        peers.assertSucceeded(agent);
        assertThat(line.count("digit ")).as("events %s", line.events()).isEqualTo(1);
        assertEventsInOrder("digit 2", "queued topic-2", "answered agent-2",
                "caller-hung-up");
    }

    @Test
    void aKeyPressedBeforeTheLineReadsTheAckStillCounts() {
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_dtmf_before_ack_bye.xml", 2500);

        peers.assertSucceeded(caller);
        assertThat(line.count("digit ")).as("events %s", line.events()).isEqualTo(1);
        assertEventsInOrder("digit 1", "queued topic-1", "caller-hung-up");
    }

    @Test
    void agentByeEndsTheCallersLegToo() {
        Sipp.SippProcess agent = peers.registerAgent(3, "agent_answer_then_bye.xml", "1500", registered(3));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_await_bye.xml", 0);

        peers.assertSucceeded(agent);
        peers.assertSucceeded(caller);
        assertEventsInOrder("answered agent-3", "agent-hung-up agent-3");
    }

    @Test
    void callerWhoHangsUpWhileQueuedIsRecordedAsAbandonedAfterComfortPrompts() {
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_bye.xml", 2500);

        peers.assertSucceeded(caller);
        assertEventsInOrder("queued topic-1", "comfort 1", "abandoned", "caller-hung-up");
    }

    @Test
    void agentWhoDoesNotAnswerIsCancelledAndTheCallGoesToTheNextAgent() {
        Sipp.SippProcess silent = peers.registerAgent(4, "agent_no_answer.xml", "0", registered(4));
        Sipp.SippProcess answering = peers.registerAgent(5, "agent_answer_await_bye.xml", "0", registered(5));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_bye.xml", 5000);

        peers.assertSucceeded(caller);
        peers.assertSucceeded(silent);
        peers.assertSucceeded(answering);
        assertEventsInOrder("offered agent-4", "unreachable agent-4 no answer",
                "offered agent-5", "answered agent-5", "caller-hung-up");
    }

    @Test
    void callerHangingUpWhileTheAgentRingsCancelsTheAgentLeg() {
        Sipp.SippProcess ringing = peers.registerAgent(7, "agent_no_answer.xml", "0", registered(7));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_bye.xml", 500);

        peers.assertSucceeded(caller);
        peers.assertSucceeded(ringing);
        assertEventsInOrder("offered agent-7", "caller-hung-up");
        assertThat(line.events()).noneMatch(e -> e.startsWith("unreachable"));
    }

    @Test
    void closedMainLineAnnouncesAndHangsUpWhileTheComplaintLineStillRoutes() {
        line.setMainClosed(true);
        Sipp.SippProcess closedCall = peers.call(MAIN_NUMBER, "caller_audio_await_bye.xml", 0);
        peers.assertSucceeded(closedCall);

        Sipp.SippProcess agent = peers.registerAgent(6, "agent_answer_await_bye.xml", "0", registered(6));
        Sipp.SippProcess complaint = peers.call(COMPLAINT_NUMBER, "caller_rtp_dtmf_bye.xml", 2000);
        peers.assertSucceeded(complaint);
        peers.assertSucceeded(agent);
        assertEventsInOrder("started main", "closed-announced main", "started complaints",
                "answered agent-6");
    }

    @Test
    void onTheSealedLineTheAgentsPhoneReceivesNoDigitOfTheCallersNumberWhileTheStandardLineShowsIt() {
        Sipp.SippProcess sealedAgent = peers.registerAgent(10, "agent_answer_await_bye.xml", "0", registered(10));
        Sipp.SippProcess sealedCall = peers.call(COMPLAINT_NUMBER, "caller_rtp_dtmf_bye.xml", 2500);
        peers.assertSucceeded(sealedCall);
        peers.assertSucceeded(sealedAgent);
        Sipp.SippProcess agent = peers.registerAgent(11, "agent_answer_await_bye.xml", "0", registered(11));
        Sipp.SippProcess call = peers.call(MAIN_NUMBER, "caller_rtp_dtmf_bye.xml", 2500);
        peers.assertSucceeded(call);
        peers.assertSucceeded(agent);

        // The callers are sipp's call 1, whose From is 306900001; no part of it may reach the sealed line's agent.
        List<String> sealedInvites = sealedAgent.received("INVITE");
        assertThat(sealedInvites).as(sealedAgent.messages()).hasSize(1);
        assertThat(sealedAgent.messages()).doesNotContain(CALLER_DIGITS);
        assertThat(sealedInvites.get(0))
                .containsPattern("(?m)^From: \"Anonymous\" <sip:anonymous@anonymous\\.invalid>")
                .containsPattern("(?m)^Privacy: id\\s*$").containsPattern("(?m)^X-GovCC-Call: ")
                .doesNotContainPattern("(?mi)^(P-Asserted-Identity|P-Preferred-Identity|Remote-Party-ID|Call-Info):");
        List<String> invites = agent.received("INVITE");
        assertThat(invites).as(agent.messages()).hasSize(1);
        assertThat(invites.get(0)).containsPattern("(?m)^From: <sip:" + CALLER_DIGITS + "1@" + REALM + ">")
                .doesNotContainPattern("(?m)^Privacy:");
        assertEventsInOrder("started complaints", "answered agent-10", "caller-hung-up", "started main",
                "answered agent-11", "caller-hung-up");
        // Past the edge the sealed line's caller is a pseudonym only; the standard line's keeps the number.
        assertThat(line.callersOf(ScriptedLine.COMPLAINTS)).last()
                .isEqualTo(CallerId.pseudonymous(pseudonym(new PhoneNumber(CALLER_DIGITS + "1"))));
        assertThat(line.callersOf(ScriptedLine.MAIN)).last()
                .isEqualTo(CallerId.of(new PhoneNumber(CALLER_DIGITS + "1")));
    }

    /** A stand-in for the reference app's keyed hash: it must merely hide the digits and be the same each time. */
    private static String pseudonym(PhoneNumber number) {
        return "t:" + Integer.toHexString(number.digits().hashCode());
    }

    @Test
    void callsBeyondTheMainLinesLimitGet503WhileTheComplaintLineKeepsItsSeatsUpToTheEdgesLimit() {
        Sipp.SippProcess callers = peers.start("overload", List.of("127.0.0.1:" + sip.sipPort(),
                "-sf", Sipp.SCENARIOS.resolve("caller_short.xml").toString(), "-s", MAIN_NUMBER,
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", "110", "-l", "110", "-r", "110", "-d", "4000", "-timeout", "40s")); // under the 5 s RTP timeout
        assertThat(Eventually.holds(() -> line.count("started main") + line.rejected() == 110, Duration.ofSeconds(15)))
                .as("line events: %s", line.events()).isTrue();

        // The main line is full; the complaint line still has the edge's 10 other seats, and no more.
        Sipp.SippProcess complainants = peers.start("complainants", List.of("127.0.0.1:" + sip.sipPort(),
                "-sf", Sipp.SCENARIOS.resolve("caller_short.xml").toString(), "-s", COMPLAINT_NUMBER,
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", "11", "-l", "11", "-r", "11", "-d", "1000", "-timeout", "20s"));

        peers.assertSucceeded(complainants);
        peers.assertSucceeded(callers);
        assertThat(line.count("started main")).isEqualTo(MAIN_LINE_LIMIT);
        assertThat(line.count("started complaints")).isEqualTo(10);
        assertThat(line.count("rejected admission limit " + MAIN_LINE_LIMIT + " of line main reached")).isEqualTo(20);
        assertThat(line.count("rejected admission limit 100 reached")).isEqualTo(1);
    }

    @Test
    void anInviteIsAcknowledgedWith100TryingBeforeItsAnswer() {
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_expects_trying.xml", 0);

        peers.assertSucceeded(caller);
        assertEventsInOrder("started main", "caller-hung-up");
    }

    @Test
    void malformedInviteGets400AndTheNextCallSucceeds() {
        Sipp.SippProcess bad = peers.start("malformed", List.of("127.0.0.1:" + sip.sipPort(),
                "-sf", Sipp.SCENARIOS.resolve("malformed_invite.xml").toString(), "-s", MAIN_NUMBER,
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "1", "-timeout", "20s"));
        peers.assertSucceeded(bad);

        Sipp.SippProcess good = peers.call(MAIN_NUMBER, "caller_short.xml", 500);
        peers.assertSucceeded(good);
        assertThat(line.count("started main")).isEqualTo(1);
    }

    @Test
    void callsOverTcpAreAnsweredAndEndedLikeUdpOnes() {
        Sipp.SippProcess caller = peers.start("caller-tcp", List.of("127.0.0.1:" + sip.sipPort(),
                "-sf", Sipp.SCENARIOS.resolve("caller_short.xml").toString(), "-s", MAIN_NUMBER, "-t", "t1",
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", "3", "-r", "3", "-d", "800", "-timeout", "30s"));

        peers.assertSucceeded(caller);
        assertEventsInOrder("started main", "started main", "started main");
    }

    @Test
    void callerWhoseRtpStopsIsHungUpAfterTheInactivityTimeout() {
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_silent_await_bye.xml", 0);

        peers.assertSucceeded(caller);
        assertEventsInOrder("started main", "caller-hung-up");
        assertThat(line.events()).doesNotContain("no-input");
    }

    @Test
    void holdAndResumeReInvitesAreAnsweredWithTheMirroredDirection() {
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_hold_resume.xml", 0);

        peers.assertSucceeded(caller);
        assertEventsInOrder("started main", "caller-hung-up");
    }

    @Test
    void callbackDialsTheCitizenFirstThenRingsTheReservedAgentAndBridgesThem() {
        Sipp.SippProcess agent = peers.registerAgent(8, "agent_answer_await_bye.xml", "0", registered(8));
        Sipp.SippProcess citizen = peers.citizen(gatewayPort, "agent_answer_await_bye.xml");
        org.govcc.api.call.CallId id = new org.govcc.api.call.CallId("callback-1");

        line.callback(id, new org.govcc.api.call.PhoneNumber("2101234567"), new AgentId("agent-8"));
        assertEventsInOrder("citizen-answered", "offered agent-8", "answered agent-8");
        line.hangUp(id);

        peers.assertSucceeded(citizen);
        peers.assertSucceeded(agent);
        assertThat(citizen.received("INVITE")).singleElement().asString()
                .startsWith("INVITE sip:2101234567@127.0.0.1:" + gatewayPort + " SIP/2.0");
    }

    @Test
    void callbackToACitizenWhoDoesNotAnswerFailsWithoutLeavingAnything() {
        Sipp.SippProcess citizen = peers.citizen(gatewayPort, "agent_no_answer.xml");

        line.callback(new org.govcc.api.call.CallId("callback-2"), new org.govcc.api.call.PhoneNumber("2107654321"),
                new AgentId("agent-9"));

        peers.assertSucceeded(citizen);
        assertEventsInOrder("dial-failed no answer (no_answer)");
    }

    @Test
    void callbackToABusyCitizenFailsAsBusyByTheTransfersOwnMappingOfTheTrunksAnswer() {
        Sipp.SippProcess citizen = peers.citizen(gatewayPort, "gateway_busy.xml");

        line.callback(new org.govcc.api.call.CallId("callback-busy"), new org.govcc.api.call.PhoneNumber("2107654322"),
                new AgentId("agent-9"));

        peers.assertSucceeded(citizen);
        assertEventsInOrder("dial-failed busy (busy)");
    }

    @Test
    void transferAcceptedByTheCallersPhoneEndsTheCallOnTheFinalNotifyAndTellsTheHandlerNothingMore() {
        line.transferMainCallsTo(EMERGENCY);
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_accepts_refer.xml", 0);

        peers.assertSucceeded(caller);
        assertEventsInOrder("started main", "transfer 112", "transfer-completed 112");
        assertTheLineLeftTheTransferredCall();
    }

    @Test
    void callerWhosePhoneRefusesReferIsBridgedThroughTheGatewayAndItsByeEndsTheGatewayLegToo() {
        line.transferMainCallsTo(EMERGENCY);
        Sipp.SippProcess gateway = peers.citizen(gatewayPort, "gateway_answer_await_bye.xml");
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_refuses_refer_bye.xml", 1500);

        peers.assertSucceeded(caller);
        peers.assertSucceeded(gateway);
        assertEventsInOrder("started main", "transfer 112", "transfer-completed 112");
        assertTheLineLeftTheTransferredCall();
    }

    @Test
    void byeFromTheGatewayEndsTheBridgedTransferAndTheCallersLegToo() {
        line.transferMainCallsTo(EMERGENCY);
        Sipp.SippProcess gateway = peers.citizen(gatewayPort, "agent_answer_then_bye.xml", 1000);
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_refuses_refer_await_bye.xml", 0);

        peers.assertSucceeded(gateway);
        peers.assertSucceeded(caller);
        assertEventsInOrder("transfer 112", "transfer-completed 112");
        assertTheLineLeftTheTransferredCall();
    }

    @Test
    void transferWhoseGatewayLegIsBusyKeepsTheCallerWhoIsQueuedAndReachesAnAgent() {
        line.transferMainCallsTo(EMERGENCY);
        Sipp.SippProcess agent = peers.registerAgent(1, "agent_answer_then_bye.xml", "1000", registered(1));
        Sipp.SippProcess gateway = peers.citizen(gatewayPort, "gateway_busy.xml");
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_refuses_refer_await_bye.xml", 0);

        peers.assertSucceeded(gateway);
        peers.assertSucceeded(agent);
        peers.assertSucceeded(caller);
        assertTheCallerWasKeptAfterTheFailedTransfer("busy", 1);
    }

    @Test
    void transferReportedFailedByNotifyFallsBackToTheGatewayWhoseUnansweredLegIsCancelledAndTheCallerKept() {
        line.transferMainCallsTo(EMERGENCY);
        Sipp.SippProcess agent = peers.registerAgent(2, "agent_answer_then_bye.xml", "1000", registered(2));
        Sipp.SippProcess gateway = peers.citizen(gatewayPort, "agent_no_answer.xml");
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_refer_fails_await_bye.xml", 0);

        peers.assertSucceeded(gateway);
        peers.assertSucceeded(agent);
        peers.assertSucceeded(caller);
        assertTheCallerWasKeptAfterTheFailedTransfer("no_answer", 2);
    }

    @Test
    void referAcceptedButNeverCompletedFailsAtTheTransferGuardAndTheCallerIsKept() {
        line.transferMainCallsTo(EMERGENCY);
        Sipp.SippProcess agent = peers.registerAgent(3, "agent_answer_then_bye.xml", "1000", registered(3));
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_accepts_refer_never_completes.xml", 0);

        peers.assertSucceeded(agent);
        peers.assertSucceeded(caller);
        assertTheCallerWasKeptAfterTheFailedTransfer("not_completed", 3);
    }

    @Test
    void notifyForASubscriptionTheLineNeverMadeGets481() {
        Sipp.SippProcess stranger = peers.start("notify-unknown", List.of("127.0.0.1:" + sip.sipPort(),
                "-sf", Sipp.SCENARIOS.resolve("notify_unknown_dialog.xml").toString(), "-s", MAIN_NUMBER,
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "1", "-timeout", "20s"));

        peers.assertSucceeded(stranger);
        assertThat(line.events()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /** The transferred call is gone from the line and the handler heard nothing of it after the transfer. */
    private void assertTheLineLeftTheTransferredCall() {
        assertThat(Eventually.holds(() -> sip.app().activeCalls() == 0, Duration.ofSeconds(10)))
                .as("calls left: %d; events %s", sip.app().activeCalls(), line.events()).isTrue();
        assertThat(line.events()).contains("transfer 112", "transfer-completed 112")
                .noneMatch(e -> e.startsWith("signal after transfer") || e.startsWith("caller-hung-up")
                        || e.startsWith("transfer-failed"));
    }

    /**
     * The transfer failed for {@code reason}, the caller stayed on the line, was queued and bridged to agent
     * {@code agent}, whose BYE ended the call.
     */
    private void assertTheCallerWasKeptAfterTheFailedTransfer(String reason, int agent) {
        assertEventsInOrder("started main", "transfer 112", "transfer-failed " + reason, "queued after the transfer",
                "offered agent-" + agent, "answered agent-" + agent, "agent-hung-up agent-" + agent);
        assertThat(line.events()).noneMatch(e -> e.startsWith("signal while transferring")
                || e.startsWith("signal after transfer") || e.startsWith("caller-hung-up"));
    }

    private static java.util.function.BooleanSupplier registered(int n) {
        return () -> line.events().contains("registered agent-" + n);
    }



    private static void assertEventsInOrder(String... expected) {
        Eventually.holds(() -> line.sawInOrder(expected), Duration.ofSeconds(5));
        assertThat(line.events()).containsSubsequence(expected);
    }


    private static Path writePrompts() throws IOException {
        Path dir = Files.createTempDirectory("govcc-prompts-");
        Path el = Files.createDirectories(dir.resolve("el"));
        Files.write(el.resolve("welcome.wav"), WavFile.write(AudioClip.tone("welcome", 440, 1500)));
        Files.write(el.resolve("queued.wav"), WavFile.write(AudioClip.tone("queued", 520, 400)));
        Files.write(el.resolve("position.wav"), WavFile.write(AudioClip.tone("position", 600, 200)));
        Files.write(el.resolve("closed.wav"), WavFile.write(AudioClip.tone("closed", 350, 800)));
        for (int d = 0; d <= 9; d++) {
            Files.write(el.resolve("digit-" + d + ".wav"), WavFile.write(AudioClip.tone("digit", 700 + 10 * d, 100)));
        }
        return dir;
    }
}
