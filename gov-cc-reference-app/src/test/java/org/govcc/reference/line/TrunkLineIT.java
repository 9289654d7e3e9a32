package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.Trees;
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
 * The deployed WAR with a trunk in its configuration: the ministry's own configuration plus a {@code trunk.json}
 * pointing at a sipp standing in for the public network. On the complaint line, pressing 0 reaches 112 through the
 * trunk (the caller's phone refuses the REFER, so the line bridges the call itself) without the caller's number;
 * with the trunk out of service the caller stays connected and reaches a specialist; a callback asked on the closed
 * main line outlives a kill -9 of the server and is then dialled to the citizen through the trunk and bridged to the
 * agent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// One trunk port for the whole class: the callback's teardown (a BYE to the citizen) must not reach the next test's
// trunk, so the callback goes last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrunkLineIT {

    private static final Path LINE_SCENARIOS = LinePeers.LINE_SCENARIOS;

    private static final int SIP_PORT = 55050;

    private final LinePeers peers = new LinePeers(SIP_PORT);
    private final int trunkPort = Ports.free();
    private WildFlyServer server;

    @BeforeAll
    void startWithATrunk() throws IOException {
        Path config = Path.of("target", "trunk-line-config").toAbsolutePath();
        Trees.replaceWithCopy(Path.of("target", "classes", "config", "ministry-of-labour"), config);
        closeTheMainLineButNotItsFirstTopic(config);
        Files.writeString(config.resolve("trunk.json"), "{ \"host\": \"127.0.0.1\", \"port\": " + trunkPort
                + ", \"transport\": \"udp\", \"numberFormat\": { \"nationalPrefix\": \"\" } }\n");
        server = WildFlyServer.builder("trunk-line", 454)
                .systemProperty("govcc.config", config.toString())
                .systemProperty("govcc.sip.port", Integer.toString(SIP_PORT))
                .systemProperty("govcc.rtp.ports", "36500-36598")
                .systemProperty("govcc.drain.seconds", "0")
                .build();
        server.start();
        assertThat(Files.readString(server.serverLog())).contains("outbound trunk 127.0.0.1:" + trunkPort);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void stopPeers() {
        peers.close();
    }

    @Test
    @Order(1)
    void pressing0OnTheComplaintLineSendsAnInviteFor112ToTheTrunkWithoutTheCallersNumber() {
        Sipp.SippProcess trunk = peers.start("trunk-112", LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"), "112",
                "-p", String.valueOf(trunkPort), "-trace_msg", "-timeout", "120s");
        Sipp.SippProcess caller = peers.start("caller-0",
                Sipp.SCENARIOS.resolve("complaint_caller_presses_0_refuses_refer.xml"),
                "15510", "-timeout", "120s");

        assertThat(caller.await(Duration.ofSeconds(120))).as(caller.log()).isZero();
        assertThat(trunk.await(Duration.ofSeconds(30))).as(trunk.log()).isZero();
        List<String> invites = trunk.received("INVITE");
        assertThat(invites).as(trunk.messages()).hasSize(1);
        assertThat(invites.get(0)).startsWith("INVITE sip:112@127.0.0.1:" + trunkPort)
                .containsPattern("(?m)^From: \"Anonymous\" <sip:anonymous@anonymous\\.invalid>");
        assertThat(trunk.messages()).as("the sealed line's caller number").doesNotContain("30690000");
    }

    @Test
    @Order(2)
    void aCallerWhose112TransferTheTrunkRefusesStaysConnectedAndReachesTheSpecialist() throws IOException {
        Sipp.SippProcess trunk = peers.start("trunk-503", LINE_SCENARIOS.resolve("trunk_unavailable.xml"), "112",
                "-p", String.valueOf(trunkPort), "-timeout", "120s");
        int phonePort = Ports.free();
        Sipp.SippProcess phone = peers.start("specialist", LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"),
                "agent14",
                "-p", String.valueOf(phonePort), "-timeout", "120s");
        Sipp.SippProcess register = peers.start("specialist-register", LINE_SCENARIOS.resolve("register.xml"),
                "agent14",
                "-au", "agent14", "-ap", LinePeers.agentPassword(server.dataDir(), "agent14"), "-key",
                "contact_port", String.valueOf(phonePort),
                "-key", "expires", "600");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();

        Sipp.SippProcess caller = peers.start("caller-0-refused", Sipp.SCENARIOS.resolve(
                "complaint_caller_presses_0_refuses_refer.xml"), "15510", "-timeout", "120s");

        assertThat(trunk.await(Duration.ofSeconds(90))).as("the trunk was asked for 112 and refused: %s", trunk.log())
                .isZero();
        assertThat(Eventually.holds(() -> LinePeers.agentsIn(server, "talking") >= 1, Duration.ofSeconds(60)))
                .as("the specialist answered the caller: %s", phone.log()).isTrue();
        assertThat(caller.await(Duration.ofSeconds(90))).as("the caller was never hung up on: %s", caller.log())
                .isZero();
    }

    @Test
    @Order(3)
    void aCallbackAskedOnTheClosedMainLineOutlivesAKillAndIsDialledThroughTheTrunkAndBridgedToTheAgent()
            throws Exception {
        Instant from = Instant.now();
        Sipp.SippProcess citizen = peers.start("citizen-behind-trunk",
                LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"),
                "306900001", "-p", String.valueOf(trunkPort), "-trace_msg", "-timeout", "150s");
        Sipp.SippProcess caller = peers.start("caller-asks-callback",
                Sipp.SCENARIOS.resolve("closed_line_caller_asks_callback.xml"), "1555", "-timeout", "90s");
        assertThat(Eventually.holds(() -> summary(from).path("callbacks").asLong() >= 1, Duration.ofSeconds(80)))
                .as("a callback asked: %s %s", summary(from), caller.log()).isTrue();
        caller.close();

        // The server dies before any agent is free; the callback it promised is made after the restart.
        server.kill();
        server.start();
        assertThat(Files.readString(server.serverLog()))
                .contains("1 of 1 callbacks accepted before the restart are queued again");
        assertThat(summary(from).path("interrupted").asLong()).as("the waiting callback was not cut off: %s",
                summary(from)).isZero();

        // Only now an agent of the topic is free: the distributor dials the citizen, then rings the agent.
        int phonePort = Ports.free();
        Sipp.SippProcess phone = peers.start("agent01-phone", LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"),
                "agent01",
                "-p", String.valueOf(phonePort), "-timeout", "120s");
        Sipp.SippProcess register = peers.start("agent01-register", LINE_SCENARIOS.resolve("register.xml"), "agent01",
                "-au", "agent01", "-ap", LinePeers.agentPassword(server.dataDir(), "agent01"), "-key",
                "contact_port", String.valueOf(phonePort),
                "-key", "expires", "600");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();

        assertThat(Eventually.holds(() -> LinePeers.agentsIn(server, "talking") >= 1, Duration.ofSeconds(60)))
                .as("the agent was bridged to the citizen: %s %s", citizen.log(), phone.log()).isTrue();
        List<String> invites = citizen.received("INVITE");
        assertThat(invites).as(citizen.messages()).hasSize(1);
        assertThat(invites.get(0)).startsWith("INVITE sip:306900001@127.0.0.1:" + trunkPort + " SIP/2.0");
    }

    /**
     * The copy's main line is closed today (a closure for yesterday, today and tomorrow in Athens, so the run may
     * cross midnight), so its menu offers callbacks; its first topic is served at every hour, so the callback is
     * dialled at once whenever the test runs.
     */
    private static void closeTheMainLineButNotItsFirstTopic(Path config) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode calendar =
                (ObjectNode) json.readTree(config.resolve("calendar.json").toFile());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Athens"));
        for (JsonNode schedule : calendar.get("schedules")) {
            if (schedule.get("id").asText().equals("main-line-hours")) {
                ArrayNode closures =
                        ((ObjectNode) schedule).putArray("closures");
                for (int d = -1; d <= 1; d++) {
                    closures.addObject().put("date", today.plusDays(d).toString()).putObject("names")
                            .put("el", "Κλειστά για δοκιμή").put("en", "Closed for a test");
                }
                ((ObjectNode) schedule).putArray("specialOpenings");
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(config.resolve("calendar.json").toFile(), calendar);
        ObjectNode topics =
                (ObjectNode) json.readTree(config.resolve("topics.json").toFile());
        ((ObjectNode) topics.get("topics").get(0)).put("schedule", "always-open");
        json.writerWithDefaultPrettyPrinter().writeValue(config.resolve("topics.json").toFile(), topics);
    }

    private JsonNode summary(Instant from) {
        try {
            return new ObjectMapper().readTree(LinePeers.get(server.baseUrl() + "api/calls/summary?from=" + from
                    + "&to=" + from.plus(Duration.ofHours(1)), Staff.in(server.dataDir(), Staff.SUPERVISOR)).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
