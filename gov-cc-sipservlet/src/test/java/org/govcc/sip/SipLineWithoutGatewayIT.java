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
import org.govcc.api.call.PhoneNumber;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.DirectoryPrompts;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.media.WavFile;
import org.govcc.sip.registrar.AgentAccount;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.RunningLine;
import org.govcc.sip.testing.Sipp;
import org.govcc.sip.testing.SippPeers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A line with no outbound gateway configured (the default settings), on the embedded container with a sipp caller:
 * a transfer cannot go anywhere, so it fails at once, and the caller stays connected, is queued and reaches an agent.
 */
class SipLineWithoutGatewayIT {

    private static final String MAIN_NUMBER = "1555";

    private static RunningLine sip;
    private static ScriptedLine line;

    @BeforeAll
    static void startLine() throws IOException {
        Path prompts = Files.createTempDirectory("govcc-prompts-");
        Path el = Files.createDirectories(prompts.resolve("el"));
        Files.write(el.resolve("welcome.wav"), WavFile.write(AudioClip.tone("welcome", 440, 1500)));
        Files.write(el.resolve("queued.wav"), WavFile.write(AudioClip.tone("queued", 520, 400)));
        sip = RunningLine.start(MediaSettings.of("127.0.0.1").withPorts(34000, 34998)
                .withInactivityTimeout(Duration.ofSeconds(5)), media -> new GovCcSipApplication(
                        SipLineSettings.of(Map.of(MAIN_NUMBER, ScriptedLine.MAIN)), media,
                        PromptCatalogue.ofPrompts(DirectoryPrompts.inDirectory(prompts)), AgentDirectory.of(List.of(
                                AgentAccount.withPassword(new AgentId("agent-1"), "agent1", "govcc", "secret1"))),
                        control -> line = new ScriptedLine(control, Duration.ofSeconds(2), Duration.ofMillis(700)),
                        Clock.systemUTC()));
    }

    @AfterAll
    static void stopLine() {
        if (sip != null) {
            sip.close();
        }
    }

    @Test
    void transferWithoutAnOutboundGatewayFailsAtOnceAndTheCallerStaysConnectedAndReachesAnAgent() {
        line.transferMainCallsTo(new PhoneNumber("112"));
        try (SippPeers peers = new SippPeers(sip.sipPort(), () -> "line events: " + line.events())) {
            Sipp.SippProcess agent = peers.registerAgent(1, "agent_answer_then_bye.xml", "1000",
                    () -> line.events().contains("registered agent-1"));
            Sipp.SippProcess caller = peers.call(MAIN_NUMBER, "caller_audio_await_bye.xml", 0);

            peers.assertSucceeded(agent);
            peers.assertSucceeded(caller);
        }
        String[] expected = {"started main", "transfer 112", "transfer-failed no_trunk", "queued after the transfer",
            "offered agent-1", "answered agent-1", "agent-hung-up agent-1"};
        Eventually.holds(() -> line.sawInOrder(expected), Duration.ofSeconds(5));
        assertThat(line.events()).containsSubsequence(expected)
                .noneMatch(e -> e.startsWith("signal") || e.startsWith("caller-hung-up"));
        sip.assertNothingLeftBehind(() -> "events " + line.events());
    }
}
