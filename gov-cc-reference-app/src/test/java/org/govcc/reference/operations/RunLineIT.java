package org.govcc.reference.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.Trees;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's start command as a user runs it: {@code scripts/run-line.sh} (without building; on a server
 * directory of the test's own, ports shifted by 460). A specialist's phone that registers the moment the line first
 * answers stays registered through the next minute (the line is never deployed a second time under it) and is rung
 * for a complaint caller after it.
 */
@OwnServers
class RunLineIT {

    private static final Path LINE_SCENARIOS = LinePeers.LINE_SCENARIOS;

    private static final int OFFSET = 460;
    private static final int SIP_PORT = 55060;
    private static final String BASE_URL = "http://127.0.0.1:" + (8080 + OFFSET) + "/gov-cc/";

    private final LinePeers peers = new LinePeers(SIP_PORT);
    private final Path serverDir = Path.of("target", "run-line-server").toAbsolutePath();
    private Process line;

    @AfterEach
    void stopEverything() throws Exception {
        peers.close();
        if (line != null && line.isAlive()) {
            line.destroy(); // SIGTERM: standalone.sh passes it on, the server stops
            if (!line.waitFor(90, TimeUnit.SECONDS)) {
                line.descendants().forEach(ProcessHandle::destroyForcibly);
                line.destroyForcibly();
            }
        }
    }

    @Test
    void aPhoneRegisteredTheMomentTheLineFirstAnswersStillRingsAMinuteLater() throws Exception {
        Trees.delete(serverDir);
        ProcessBuilder start = new ProcessBuilder("bash", Path.of("..", "scripts", "run-line.sh").toString(),
                "--no-build", "--sip-port", String.valueOf(SIP_PORT), "--rtp-ports", "36600-36698", "--drain", "0",
                "--", "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true).redirectOutput(Path.of("target", "run-line-it.out").toFile());
        start.environment().put("GOVCC_SERVER_DIR", serverDir.toString());
        line = start.start();

        Sipp.SippProcess[] probe = new Sipp.SippProcess[1];
        assertThat(Eventually.holds(() -> {
            probe[0] = peers.start("first-answer", LINE_SCENARIOS.resolve("options.xml"), "1555", "-timeout", "2s");
            return probe[0].await(Duration.ofSeconds(5)) == 0;
        }, Duration.ofSeconds(240))).as("the line answers: %s", Files.readString(Path.of("target", "run-line-it.out")))
                .isTrue();

        int phonePort = Ports.free();
        Sipp.SippProcess phone = peers.start("specialist-phone", LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"),
                "agent14", "-p", String.valueOf(phonePort), "-timeout", "200s");
        Sipp.SippProcess register = peers.start("specialist-register", LINE_SCENARIOS.resolve("register.xml"),
                "agent14",
                "-au", "agent14", "-ap", LinePeers.agentPassword(serverDir.resolve("data"), "agent14"), "-key",
                "contact_port", String.valueOf(phonePort),
                "-key", "expires", "300");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();
        LinePeers.signInReady(BASE_URL, serverDir.resolve("data"), "agent14");

        // For a minute the specialist stays logged in (available): no second deployment restarts the SIP side.
        Instant aMinuteLater = Instant.now().plusSeconds(60);
        AtomicBoolean lost = new AtomicBoolean();
        Eventually.holds(() -> {
            if (LinePeers.agentsIn(BASE_URL, administrator(), "available") < 1) {
                lost.set(true);
            }
            return lost.get() || Instant.now().isAfter(aMinuteLater);
        }, Duration.ofSeconds(75));
        assertThat(lost).as("the specialist's registration was lost within the minute").isFalse();
        assertThat(Instant.now()).isAfter(aMinuteLater);

        peers.start("complaint-caller", Sipp.SCENARIOS.resolve("complaint_caller_presses_1.xml"), "15510");
        assertThat(Eventually.holds(() -> LinePeers.agentsIn(BASE_URL, administrator(), "talking") >= 1,
                Duration.ofSeconds(60)))
                .as("the specialist's phone rang and answered: %s", phone.log()).isTrue();
    }

    private Staff administrator() {
        return Staff.in(serverDir.resolve("data"), Staff.ADMINISTRATOR);
    }

}
