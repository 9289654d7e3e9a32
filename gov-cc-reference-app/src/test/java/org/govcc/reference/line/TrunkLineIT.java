package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.Trees;
import org.govcc.reference.testing.WarHttp;
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
@OwnServers
class TrunkLineIT {

    private static final Path LINE_SCENARIOS = LinePeers.LINE_SCENARIOS;

    private static final int SIP_PORT = 55050;
    /** What is left of the consenting complainant's number (From 306977701) once any prefix is dropped. */
    private static final String COMPLAINANT = "697770";

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
        LinePeers.signInReady(server.baseUrl(), server.dataDir(), "agent14");

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
    void aComplainantWhoConsentsIsCalledBackWithheldInTheirSafeTimeByASpecialistAndTheNumberStaysSealed()
            throws Exception {
        // agent14 took the last test's call: out of the way, its phone is gone.
        assertThat(Eventually.holds(() -> !state("agent14").equals("TALKING"), Duration.ofSeconds(60))).isTrue();
        if (state("agent14").equals("WRAP_UP")) {
            send("POST", "api/agent/wrap-up", "agent14", "{\"code\":\"complaint-recorded\"}");
        }
        assertThat(send("POST", "api/agent/sign-out", "agent14", null).statusCode()).isEqualTo(200);
        int phonePort = Ports.free();
        Sipp.SippProcess phone = specialistPhone("agent13", phonePort);
        Sipp.SippProcess register = peers.start("agent13-register", LINE_SCENARIOS.resolve("register.xml"), "agent13",
                "-au", "agent13", "-ap", LinePeers.agentPassword(server.dataDir(), "agent13"), "-key",
                "contact_port", String.valueOf(phonePort), "-key", "expires", "600");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();
        LinePeers.signInReady(server.baseUrl(), server.dataDir(), "agent13");

        Sipp.SippProcess complainant = peers.start("complainant", Sipp.SCENARIOS.resolve(
                "complaint_caller_consents_to_callback.xml"), "15510", "-timeout", "120s");
        assertThat(Eventually.holds(() -> state("agent13").equals("TALKING"), Duration.ofSeconds(60)))
                .as(phone.log()).isTrue();
        String call = json(send("GET", "api/agent", "agent13", null)).get("call").asText();

        // The caller says when it is safe; the specialist arranges it, then ends the call.
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Athens")).truncatedTo(ChronoUnit.MINUTES);
        String body = "{\"call\":\"" + call + "\",\"from\":\"" + now + "\",\"until\":\"" + now.plusHours(1)
                + "\",\"consent\":true}";
        assertThat(send("POST", "api/complaints/callbacks", "agent01", body).statusCode()).isEqualTo(403);
        HttpResponse<String> arranged = send("POST", "api/complaints/callbacks", "agent13", body);
        assertThat(arranged.statusCode()).as(arranged.body()).isEqualTo(201);
        String callback = json(arranged).get("callback").asText();
        Sipp.SippProcess citizen = peers.start("complainant-behind-trunk",
                LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"), "306977701", "-p", String.valueOf(trunkPort),
                "-trace_msg", "-timeout", "120s");
        assertThat(send("POST", "api/agent/hang-up", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(complainant.await(Duration.ofSeconds(30))).as(complainant.log()).isZero();
        assertThat(phone.await(Duration.ofSeconds(30))).as(phone.log()).isZero();

        // Ready again, with the phone back: the window is open, so the line dials the caller and rings the specialist.
        Sipp.SippProcess again = specialistPhone("agent13-again", phonePort);
        assertThat(send("POST", "api/agent/wrap-up", "agent13", "{\"code\":\"complaint-recorded\"}").statusCode())
                .isEqualTo(200);
        assertThat(Eventually.holds(() -> callback.equals(json(send("GET", "api/agent", "agent13", null)).path("call")
                .asText()) && state("agent13").equals("TALKING"), Duration.ofSeconds(60)))
                .as("%s %s", citizen.log(), again.log()).isTrue();
        List<String> dialled = citizen.received("INVITE");
        assertThat(dialled).as(citizen.messages()).hasSize(1);
        assertThat(dialled.get(0)).startsWith("INVITE sip:306977701@127.0.0.1:" + trunkPort + " SIP/2.0")
                .containsPattern("(?m)^From: \"Anonymous\" <sip:anonymous@anonymous\\.invalid>")
                .containsPattern("(?m)^Privacy: id");
        assertThat(again.received("INVITE")).singleElement().satisfies(invite -> assertThat(invite)
                .as("the specialist's phone").doesNotContain(COMPLAINANT).containsIgnoringCase("anonymous"));
        assertThat(send("POST", "api/agent/hang-up", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(citizen.await(Duration.ofSeconds(30))).as(citizen.log()).isZero();

        // The records are written in batches: the callback's agent a moment after the call.
        assertThat(Eventually.holds(() -> json(send("GET", "api/calls/" + callback, Staff.SUPERVISOR, null))
                .path("agent").asText().equals("agent13"), Duration.ofSeconds(20))).isTrue();
        JsonNode record = json(send("GET", "api/calls/" + callback, Staff.SUPERVISOR, null));
        assertThat(record.path("line").asText()).as("%s", record).isEqualTo("complaints");
        assertThat(record.path("callbackRequested").asBoolean()).as("%s", record).isTrue();
        assertThat(record.toString()).doesNotContain(COMPLAINANT);
        String audit = send("GET", "api/audit/entries?size=500", Staff.ADMINISTRATOR, null).body();
        assertThat(audit).contains("ARRANGE").contains(callback).contains(call).doesNotContain(COMPLAINANT);
        assertThat(Files.readString(server.serverLog())).as("the server log").doesNotContain(COMPLAINANT);
    }

    private Sipp.SippProcess specialistPhone(String name, int port) {
        return peers.start(name, LINE_SCENARIOS.resolve("agent_answer_await_bye.xml"), "agent13", "-p",
                String.valueOf(port), "-trace_msg", "-timeout", "120s");
    }

    private String state(String agent) {
        return json(send("GET", "api/agent", agent, null)).get("state").asText();
    }

    private HttpResponse<String> send(String method, String path, String user, String body) {
        try {
            return WarHttp.exchange(new URL(server.baseUrl()), method, path, user == null ? null
                    : Staff.in(server.dataDir(), user), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Test
    @Order(4)
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
        LinePeers.signInReady(server.baseUrl(), server.dataDir(), "agent01");

        assertThat(Eventually.holds(() -> LinePeers.agentsIn(server, "talking") >= 1, Duration.ofSeconds(60)))
                .as("the agent was bridged to the citizen: %s %s", citizen.log(), phone.log()).isTrue();
        List<String> invites = citizen.received("INVITE");
        assertThat(invites).as(citizen.messages()).hasSize(1);
        assertThat(invites.get(0)).startsWith("INVITE sip:306900001@127.0.0.1:" + trunkPort + " SIP/2.0");
    }

    @Test
    @Order(5)
    void noTableCellAndNoLogLineHoldsTheConsentingComplainantsNumber() throws Exception {
        server.stop();

        SealedLineScan.Found found = SealedLineScan.of(server, COMPLAINANT);
        assertThat(found.cells()).as("cells holding the number").isEmpty();
        assertThat(found.logLines()).as("log lines holding it").isEmpty();
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
