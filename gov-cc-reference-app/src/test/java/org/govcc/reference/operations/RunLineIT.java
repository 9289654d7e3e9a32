package org.govcc.reference.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
class RunLineIT {

    private static final Path LINE_SCENARIOS = Path.of("..", "gov-cc-sipservlet", "src", "test", "sipp")
            .toAbsolutePath();
    private static final int OFFSET = 460;
    private static final int SIP_PORT = 55060;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Sipp.SippProcess> peers = new ArrayList<>();
    private final Path serverDir = Path.of("target", "run-line-server").toAbsolutePath();
    private Process line;

    @AfterEach
    void stopEverything() throws Exception {
        peers.forEach(Sipp.SippProcess::close);
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
        deleteTree(serverDir);
        ProcessBuilder start = new ProcessBuilder("bash", Path.of("..", "scripts", "run-line.sh").toString(),
                "--no-build", "--sip-port", String.valueOf(SIP_PORT), "--rtp-ports", "36600-36698", "--drain", "0",
                "--", "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true).redirectOutput(Path.of("target", "run-line-it.out").toFile());
        start.environment().put("GOVCC_SERVER_DIR", serverDir.toString());
        line = start.start();

        Sipp.SippProcess[] probe = new Sipp.SippProcess[1];
        assertThat(Eventually.holds(() -> {
            probe[0] = sipp("first-answer", LINE_SCENARIOS.resolve("options.xml"), "1555", "-timeout", "2s");
            return probe[0].await(Duration.ofSeconds(5)) == 0;
        }, Duration.ofSeconds(240))).as("the line answers: %s", Files.readString(Path.of("target", "run-line-it.out")))
                .isTrue();

        int phonePort = Ports.free();
        Sipp.SippProcess phone = sipp("specialist-phone", LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"),
                "agent14", "-p", String.valueOf(phonePort), "-timeout", "200s");
        Sipp.SippProcess register = sipp("specialist-register", LINE_SCENARIOS.resolve("register.xml"), "agent14",
                "-au", "agent14", "-ap", password("agent14"), "-key", "contact_port", String.valueOf(phonePort),
                "-key", "expires", "300");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();

        // For a minute the specialist stays logged in (available): no second deployment restarts the SIP side.
        Instant aMinuteLater = Instant.now().plusSeconds(60);
        AtomicBoolean lost = new AtomicBoolean();
        Eventually.holds(() -> {
            if (metric("available") < 1) {
                lost.set(true);
            }
            return lost.get() || Instant.now().isAfter(aMinuteLater);
        }, Duration.ofSeconds(75));
        assertThat(lost).as("the specialist's registration was lost within the minute").isFalse();
        assertThat(Instant.now()).isAfter(aMinuteLater);

        sipp("complaint-caller", Sipp.SCENARIOS.resolve("complaint_caller_presses_1.xml"), "15510");
        assertThat(Eventually.holds(() -> metric("talking") >= 1, Duration.ofSeconds(60)))
                .as("the specialist's phone rang and answered: %s", phone.log()).isTrue();
    }

    private Sipp.SippProcess sipp(String name, Path scenario, String service, String... extra) {
        List<String> args = new ArrayList<>(List.of("127.0.0.1:" + SIP_PORT, "-sf", scenario.toString(),
                "-s", service, "-i", "127.0.0.1", "-m", "1", "-mp", String.valueOf(Ports.freeMediaBlock())));
        List<String> more = List.of(extra);
        if (!more.contains("-p")) {
            args.addAll(List.of("-p", String.valueOf(Ports.free())));
        }
        if (!more.contains("-timeout")) {
            args.addAll(List.of("-timeout", "90s"));
        }
        args.addAll(more);
        Sipp.SippProcess p = Sipp.start(name, args);
        peers.add(p);
        return p;
    }

    private String password(String agent) throws IOException {
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(serverDir.resolve("data").resolve(
                "govcc-agent-passwords.properties"))) {
            passwords.load(in);
        }
        return passwords.getProperty(agent);
    }

    private double metric(String state) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + OFFSET)
                    + "/gov-cc/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("(?m)^govcc_agents\\{[^}]*state=\"" + state + "\"[^}]*\\} ([0-9.eE+-]+)$")
                    .matcher(body);
            return m.find() ? Double.parseDouble(m.group(1)) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
