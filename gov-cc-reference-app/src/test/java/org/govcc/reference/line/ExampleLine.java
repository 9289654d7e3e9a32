package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Properties;
import org.govcc.api.schedule.ServiceStatus;
import org.govcc.reference.config.ConfigurationLoader;
import org.govcc.reference.config.ConfigurationSource;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.ServiceLine;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WildFlyServer;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;

/**
 * A WildFly of a test's own running the WAR with a configuration directory shaped like the example's
 * ({@code -Dgovcc.config}), and the call that proves its menu, hours and queues: pressing 2 reaches the agent of the
 * access-codes queue when the configured calendar says open, and the closed message ends the call before any queue
 * otherwise. Not thread-safe; one per test class.
 */
final class ExampleLine implements AutoCloseable {

    /** The example line's directory. */
    static final Path EXAMPLE = Path.of(System.getProperty("govcc.it.examples", "../examples"))
            .resolve("digital-governance").toAbsolutePath().normalize();
    private static final Path SCENARIOS = Path.of("src/test/sipp").toAbsolutePath();
    private static final int SIP_PORT = Integer.getInteger("govcc.it.example.sipPort", 5170);
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LineConfiguration configuration;
    private final WildFlyServer server;
    private final List<Sipp.SippProcess> peers = new ArrayList<>();

    /** Loads {@code dir} as the test's expectation and starts a server named {@code name} with it. */
    ExampleLine(String name, Path dir) {
        configuration = ConfigurationLoader.load(ConfigurationSource.directory(dir));
        server = WildFlyServer.builder(name, Integer.getInteger("govcc.it.example.portOffset", 150))
                .systemProperty("govcc.config", dir.toString())
                .systemProperty("govcc.sip.port", String.valueOf(SIP_PORT))
                .systemProperty("govcc.rtp.ports", System.getProperty("govcc.it.example.rtpPorts", "34000-34198"))
                .build();
        server.start();
    }

    /** The configuration the server runs, as the test loaded it. */
    LineConfiguration configuration() {
        return configuration;
    }

    /** The server. */
    WildFlyServer server() {
        return server;
    }

    /** Stops the sipp peers and the server. */
    @Override
    public void close() {
        peers.forEach(Sipp.SippProcess::close);
        server.close();
    }

    /**
     * Calls the line pressing 2 and checks the outcome the configured calendar gives for the moment of the call.
     *
     * @return whether the line was open
     */
    boolean callPressingTwo() throws IOException {
        ServiceLine line = configuration.lines().get(0);
        Sipp.SippProcess agent = registerAgent("dg03"); // access-codes only: queue 'codes'
        assertThat(Eventually.holds(() -> queue("codes").get("available").asInt() == 1, Duration.ofSeconds(10)))
                .as("dg03's phone is available to queue codes").isTrue();

        Instant before = Instant.now();
        ServiceStatus status = configuration.calendar().statusAt(line.schedule(), before);
        Sipp.SippProcess caller = start("caller", List.of("127.0.0.1:" + SIP_PORT,
                "-sf", SCENARIOS.resolve("caller_dtmf_2_await_bye.xml").toString(), "-s", line.number().digits(),
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.freeMediaBlock()),
                "-m", "1", "-timeout", "50s"));
        assertThat(caller.await(SIPP_TIMEOUT)).as(caller.log()).isZero();
        Instant after = Instant.now();
        assertThat(configuration.calendar().statusAt(line.schedule(), after).isOpen())
                .as("the line's hours did not change during the call (%s to %s)", before, after)
                .isEqualTo(status.isOpen());

        String period = "api/calls/summary?from=" + before.minusSeconds(1) + "&to=" + after.plusSeconds(60);
        JsonNode[] summary = new JsonNode[1];
        assertThat(Eventually.holds(() -> {
            summary[0] = json(period);
            return summary[0].get("arrived").asLong() == 1 && summary[0].get("inProgress").asLong() == 0;
        }, Duration.ofSeconds(15))).as("call records: %s", summary[0]).isTrue();
        if (status.isOpen()) {
            assertThat(agent.await(SIPP_TIMEOUT)).as(agent.log()).isZero();
            assertThat(summary[0].get("answered").asLong()).as(summary[0].toString()).isEqualTo(1);
            assertThat(queue("codes").get("answered").asLong()).isEqualTo(1);
            assertThat(queue("wallet").get("offered").asLong()).isZero();
        } else {
            assertThat(summary[0].get("endedBeforeAQueue").asLong()).as(summary[0].toString()).isEqualTo(1);
            assertThat(summary[0].get("queued").asLong()).isZero();
            assertThat(queue("codes").get("offered").asLong()).isZero();
        }
        return status.isOpen();
    }

    private Sipp.SippProcess registerAgent(String agent) throws IOException {
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(server.dataDir().resolve("govcc-agent-passwords.properties"))) {
            passwords.load(in);
        }
        int agentPort = Ports.free();
        Sipp.SippProcess phone = start(agent, List.of("-sf", SCENARIOS.resolve("agent_answer_then_bye.xml").toString(),
                "-s", agent, "-i", "127.0.0.1", "-p", String.valueOf(agentPort),
                "-mp", String.valueOf(Ports.freeMediaBlock()), "-m", "1", "-d", "1000", "-timeout", "55s"));
        Sipp.SippProcess register = start("register-" + agent, List.of("127.0.0.1:" + SIP_PORT,
                "-sf", SCENARIOS.resolve("register.xml").toString(), "-s", agent, "-au", agent,
                "-ap", passwords.getProperty(agent), "-key", "contact_port", String.valueOf(agentPort),
                "-key", "expires", "120", "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "20s"));
        assertThat(register.await(SIPP_TIMEOUT)).as(register.log()).isZero();
        return phone;
    }

    JsonNode queue(String id) {
        for (JsonNode q : json("api/wallboard").get("queues")) {
            if (q.get("queue").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no queue " + id + " on the wallboard");
    }

    JsonNode json(String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Authorization", Staff.in(server.dataDir(), Staff.SUPERVISOR).authorization())
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return new ObjectMapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Sipp.SippProcess start(String name, List<String> args) {
        Sipp.SippProcess p = Sipp.start(name, args);
        peers.add(p);
        return p;
    }
}
