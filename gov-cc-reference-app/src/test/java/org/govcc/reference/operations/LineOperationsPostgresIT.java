package org.govcc.reference.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.PostgresCluster;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WildFlyServer;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The line as operations see it, on PostgreSQL (a database that can go away): readiness follows the database, what
 * happens while it is away is recorded when it is back, agents' phones are reachable after a restart without
 * registering again, and a shutdown drains (new calls get 503, the call in progress goes on).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnServers
class LineOperationsPostgresIT {

    private static final Path LINE_SCENARIOS = LinePeers.LINE_SCENARIOS;

    private static final int SIP_PORT = 55040;
    private static final Duration WAIT = Duration.ofSeconds(40);

    private final LinePeers peers = new LinePeers(SIP_PORT);
    private PostgresCluster cluster;
    private WildFlyServer server;

    @BeforeAll
    void startOnPostgres() throws Exception {
        server = WildFlyServer.builder("line-operations-postgres", 453)
                .systemProperty("govcc.sip.port", Integer.toString(SIP_PORT))
                .systemProperty("govcc.rtp.ports", "36300-36398")
                .systemProperty("govcc.drain.seconds", "30")
                .build();
        cluster = PostgresCluster.start();
        PostgresCluster.runWith("GOVCC_DB_PASSWORD=" + cluster.password(),
                Path.of("..", "scripts", "wildfly", "govcc-postgres.sh").toAbsolutePath().normalize().toString(),
                "--url", cluster.url(), "--user", cluster.user(),
                "--jboss-home", server.home().toString(), "--base-dir", server.baseDir().toString());
        server.start();
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (server != null) {
            server.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void stopPeers() {
        peers.close();
    }

    @Test
    @Order(1)
    void readinessGoesDownWithTheDatabaseAndUpWhenItIsBackAndNothingRecordedMeanwhileIsLost() throws Exception {
        assertThat(ready()).isEqualTo(200);
        Instant from = Instant.now();

        cluster.pause();
        assertThat(Eventually.holds(() -> ready() == 503, WAIT)).as("readiness while the database is away").isTrue();
        assertThat(databaseCheck()).isEqualTo("DOWN");
        Sipp.SippProcess caller = peers.start("while-away", LINE_SCENARIOS.resolve("caller_short.xml"), "1555", "-d",
                "1000");
        assertThat(caller.await(Duration.ofSeconds(60))).as("the line answers without its database: %s",
                caller.log()).isZero();

        cluster.resume();
        assertThat(Eventually.holds(() -> ready() == 200, WAIT)).as("readiness once the database is back").isTrue();
        assertThat(Eventually.holds(() -> summary(from).get("arrived").asLong() == 1
                && summary(from).get("inProgress").asLong() == 0, WAIT))
                .as("the call made while the database was away: %s", summary(from)).isTrue();
    }

    @Test
    @Order(2)
    void aPhoneRegisteredBeforeARestartRingsAfterItWithoutRegisteringAgain() throws Exception {
        int agentPort = Ports.free();
        Sipp.SippProcess phone = peers.start("specialist-phone", LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"),
                "agent13", "-p", String.valueOf(agentPort), "-m", "1", "-timeout", "120s");
        Sipp.SippProcess register = peers.start("specialist-register", LINE_SCENARIOS.resolve("register.xml"),
                "agent13",
                "-au", "agent13", "-ap", LinePeers.agentPassword(server.dataDir(), "agent13"), "-key",
                "contact_port", String.valueOf(agentPort),
                "-key", "expires", "600");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();

        server.stop();
        server.start();
        // Signing in to the line is the agent's, at their desktop, after a restart too; the phone need not register.
        LinePeers.signInReady(server.baseUrl(), server.dataDir(), "agent13");

        // The complaint line's caller presses 1: the specialists' queue, whose only logged-in member is agent13.
        peers.start("complaint-caller", Sipp.SCENARIOS.resolve("complaint_caller_presses_1.xml"), "15510");
        assertThat(Eventually.holds(() -> LinePeers.agentsIn(server, "talking") >= 1, Duration.ofSeconds(60)))
                .as("the specialist's phone answered: %s", phone.log()).isTrue();
    }

    @Test
    @Order(3)
    void aShutdownRefusesNewCallsWith503AndLetsTheCallInProgressFinish() throws Exception {
        // The earlier test's callers were stopped without a BYE: their calls end when the line hears no more RTP.
        assertThat(Eventually.holds(() -> callsInProgress() == 0, Duration.ofSeconds(90))).isTrue();
        Instant from = Instant.now();
        Sipp.SippProcess held = peers.start("held", LINE_SCENARIOS.resolve("caller_short.xml"), "15510", "-d", "12000");
        assertThat(Eventually.holds(() -> summary(from).get("inProgress").asLong() == 1, WAIT)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        // A call placed before the drain starts would be taken (and outlive the drain on a loaded machine).
        assertThat(Eventually.holds(() -> serverLogContains("draining, new calls are refused"),
                Duration.ofSeconds(30))).as("the line started draining").isTrue();
        Sipp.SippProcess[] refused = new Sipp.SippProcess[1];
        assertThat(Eventually.holds(() -> {
            refused[0] = peers.start("refused", Sipp.SCENARIOS.resolve("caller_expects_503.xml"), "1555");
            return refused[0].await(Duration.ofSeconds(10)) == 0;
        }, Duration.ofSeconds(10))).as("a new call while draining: %s",
                refused[0] == null ? "" : refused[0].log()).isTrue();

        assertThat(held.await(Duration.ofSeconds(40))).as("the call in progress ends as its caller chose: %s",
                held.log()).isZero();
        stopping.get();
        String log = Files.readString(server.serverLog());
        assertThat(log).doesNotContain("calls still in progress after");
        // While WildFly is suspended for the stop, the wallboard's periodic tasks once failed with an ERROR a second.
        assertThat(log.substring(log.lastIndexOf("draining, new calls are refused")).lines()
                .filter(line -> line.contains(" ERROR ["))).as("errors logged while the server stopped").isEmpty();

        // The call that ended while the line drained was recorded before the server stopped: not interrupted.
        server.start();
        JsonNode after = summary(from);
        assertThat(after.get("arrived").asLong()).as("%s", after).isEqualTo(1);
        assertThat(after.get("inProgress").asLong()).as("%s", after).isZero();
        assertThat(after.get("interrupted").asLong()).as("%s", after).isZero();
    }

    private int ready() {
        return LinePeers.get("http://127.0.0.1:" + server.managementPort() + "/health/ready").statusCode();
    }

    private String databaseCheck() throws IOException {
        JsonNode health = new ObjectMapper().readTree(
                LinePeers.get("http://127.0.0.1:" + server.managementPort() + "/health/ready").body());
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals(DatabaseReadiness.NAME)) {
                return check.get("status").asText();
            }
        }
        throw new AssertionError("no database check in " + health);
    }

    /** The calls the line holds now, as its readiness check reports them. */
    private long callsInProgress() {
        try {
            JsonNode health = new ObjectMapper().readTree(
                    LinePeers.get("http://127.0.0.1:" + server.managementPort() + "/health/ready").body());
            for (JsonNode check : health.get("checks")) {
                if (check.get("name").asText().equals(LineReadiness.NAME)) {
                    return check.get("data").get("callsInProgress").asLong();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no SIP line check");
    }

    private JsonNode summary(Instant from) {
        HttpResponse<String> r = LinePeers.get(server.baseUrl() + "api/calls/summary?from=" + from + "&to="
                + from.plus(Duration.ofHours(1)), Staff.in(server.dataDir(), Staff.SUPERVISOR));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try {
            return new ObjectMapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private boolean serverLogContains(String text) {
        try {
            return Files.readString(server.serverLog()).contains(text);
        } catch (java.io.IOException notYet) {
            return false;
        }
    }
}
