package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.Language;
import org.govcc.api.call.PhoneNumber;
import org.govcc.sip.container.SipTransport;
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
 * A line whose outbound trunk is reached over TCP, asks for digest credentials (407) and wants national numbers with
 * a 0 in front; sipp stands in for the trunk, callers and agents' phones, all on 127.0.0.1.
 */
class TrunkIT {

    private static final String MAIN_NUMBER = "1555";
    private static final String REALM = "govcc.trunk";

    private static RunningLine sip;
    private static ScriptedLine line;
    private static int trunkPort;
    private final SippPeers peers = new SippPeers(sip.sipPort(), () -> "line events: " + line.events());

    @BeforeAll
    static void startLine() throws IOException {
        Path prompts = Files.createTempDirectory("govcc-prompts-");
        Path el = Files.createDirectories(prompts.resolve("el"));
        Files.write(el.resolve("welcome.wav"), WavFile.write(AudioClip.tone("welcome", 440, 1500)));
        Files.write(el.resolve("queued.wav"), WavFile.write(AudioClip.tone("queued", 520, 400)));
        trunkPort = Ports.free();
        TrunkSettings trunk = TrunkSettings.udp("127.0.0.1", trunkPort).withTransport(SipTransport.TCP)
                .withCredentials("govcc-line", "trunk-secret")
                .withNumberFormat(TrunkSettings.NumberFormat.withNationalPrefix("0"));
        SipLineSettings settings = new SipLineSettings(Map.of(MAIN_NUMBER, ScriptedLine.MAIN), Language.GREEK, 20,
                Duration.ofSeconds(20), REALM, Duration.ofHours(1), java.util.Optional.of(trunk))
                .withTransferTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3));
        List<AgentAccount> accounts = List.of(
                AgentAccount.withPassword(new AgentId("agent-1"), "agent1", REALM, "secret1"),
                AgentAccount.withPassword(new AgentId("agent-2"), "agent2", REALM, "secret2"));
        sip = RunningLine.start(MediaSettings.of("127.0.0.1").withPorts(36000, 36998)
                .withInactivityTimeout(Duration.ofSeconds(8)), media -> new GovCcSipApplication(settings, media,
                        PromptCatalogue.ofPrompts(DirectoryPrompts.inDirectory(prompts)), AgentDirectory.of(accounts),
                        control -> line = new ScriptedLine(control, Duration.ofSeconds(2), Duration.ofMillis(700)),
                        Clock.systemUTC()));
    }

    @AfterAll
    static void stopLine() {
        if (sip != null) {
            sip.close();
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
    void aCallbackGoesOverTcpToTheFormattedNumberAnswersTheTrunksChallengeOnceAndIsBridgedToTheReservedAgent() {
        Sipp.SippProcess agent = peers.registerAgent(1, "agent_answer_await_bye.xml", "0",
                () -> line.events().contains("registered agent-1"));
        Sipp.SippProcess trunk = peers.trunkOverTcp(trunkPort, "trunk_challenge_then_answer.xml");
        CallId id = new CallId("callback-tcp-1");

        line.callback(id, new PhoneNumber("2101234567"), new AgentId("agent-1"));
        assertInOrder("citizen-answered", "offered agent-1", "answered agent-1");
        line.hangUp(id);

        peers.assertSucceeded(trunk);
        peers.assertSucceeded(agent);
        List<String> invites = trunk.received("INVITE");
        assertThat(invites).as(trunk.messages()).hasSize(2);
        for (String invite : invites) {
            assertThat(invite).startsWith("INVITE sip:02101234567@127.0.0.1:" + trunkPort + ";transport=tcp SIP/2.0")
                    .containsPattern("(?m)^Via: SIP/2.0/TCP ");
        }
        assertThat(invites.get(0)).doesNotContainPattern("(?mi)^Proxy-Authorization:");
        assertThat(invites.get(1)).containsPattern("(?m)^Content-Type: application/sdp").doesNotContain("trunk-secret");
        assertThat(digestIsRight(invites.get(1), "govcc-line", "trunk-secret")).as(invites.get(1)).isTrue();
        assertThat(line.events()).noneMatch(e -> e.startsWith("dial-failed"));
    }

    @Test
    void aTransferWhoseTrunkRefusesTheCredentialsFailsAndTheCallerStaysOnTheLineAndReachesAnAgent() {
        line.transferMainCallsTo(new PhoneNumber("112"));
        Sipp.SippProcess agent = peers.registerAgent(2, "agent_answer_then_bye.xml", "1000",
                () -> line.events().contains("registered agent-2"));
        Sipp.SippProcess trunk = peers.trunkOverTcp(trunkPort, "trunk_challenges_twice.xml");
        Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_refuses_refer_await_bye.xml", 0);

        peers.assertSucceeded(trunk);
        peers.assertSucceeded(agent);
        peers.assertSucceeded(caller);
        assertInOrder("started main", "transfer 112", "transfer-failed authentication_failed",
                "queued after the transfer", "offered agent-2", "answered agent-2", "agent-hung-up agent-2");
        assertThat(line.events()).noneMatch(e -> e.startsWith("caller-hung-up") || e.startsWith("signal"));
        List<String> invites = trunk.received("INVITE");
        assertThat(invites).as(trunk.messages()).hasSize(2);
        assertThat(invites.get(0)).startsWith("INVITE sip:112@127.0.0.1:" + trunkPort + ";transport=tcp SIP/2.0");
    }

    /**
     * Checks the RFC 2617 digest (no qop, as the trunk asked) of the INVITE's Proxy-Authorization against the
     * password: MD5(MD5(user:realm:password):nonce:MD5(INVITE:uri)).
     */
    private static boolean digestIsRight(String invite, String username, String password) {
        java.util.regex.Matcher header = java.util.regex.Pattern.compile("(?m)^Proxy-Authorization: Digest (.*)$")
                .matcher(invite);
        assertThat(header.find()).as("Proxy-Authorization in %s", invite).isTrue();
        Map<String, String> fields = new java.util.HashMap<>();
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("(\\w+)=\"?([^\",]*)\"?")
                .matcher(header.group(1));
        while (field.find()) {
            fields.put(field.group(1), field.group(2));
        }
        assertThat(fields).containsEntry("username", username).containsEntry("realm", "trunk.test");
        String ha1 = md5(username + ":" + fields.get("realm") + ":" + password);
        String ha2 = md5("INVITE:" + fields.get("uri"));
        return md5(ha1 + ":" + fields.get("nonce") + ":" + ha2).equals(fields.get("response"));
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertInOrder(String... expected) {
        Eventually.holds(() -> line.sawInOrder(expected), Duration.ofSeconds(10));
        assertThat(line.events()).containsSubsequence(expected);
    }
}
