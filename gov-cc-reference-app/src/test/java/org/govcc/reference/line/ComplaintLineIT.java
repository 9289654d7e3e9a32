package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.govcc.reference.testing.WildFlyServer;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The complaint line as its acceptance asks, on a server of its own whose clock starts at 03:00 on Christmas Day in
 * Athens (a Greek public holiday): it answers and routes; a duress code raises the supervisors' alert and puts the
 * call before the one waiting longer; a silent caller reaches a specialist within 10 s of the answer, a second one
 * overflows to the second specialist pool when the first is busy and never to a general agent; the specialist's
 * phone never sees the caller's number; afterwards no table and no log line holds it, and the caller's calls are
 * linked by one keyed hash. 112 through the trunk is {@code TrunkLineIT}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnServers
class ComplaintLineIT {

    private static final int SIP_PORT = 55070;
    private static final Path SCENARIOS = Path.of("src", "test", "sipp").toAbsolutePath();
    /** 03:00 in Athens on 25 December 2026. */
    private static final String CHRISTMAS_NIGHT = "2026-12-25T01:00:00Z";
    /** What is left of every caller's number (From 306900001) once any prefix is dropped. */
    static final String NUMBER = "6900001";
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinePeers peers = new LinePeers(SIP_PORT);
    private final List<String> complaintCalls = new ArrayList<>();
    private WildFlyServer server;
    private URL base;

    @BeforeAll
    void startOnChristmasNight() throws Exception {
        server = WildFlyServer.builder("complaint-line", 476)
                .systemProperty("govcc.sip.port", Integer.toString(SIP_PORT))
                .systemProperty("govcc.rtp.ports", "36700-36798")
                .systemProperty("govcc.clock.start", CHRISTMAS_NIGHT)
                .build();
        server.start();
        base = new URL(server.baseUrl());
    }

    @AfterAll
    void stopEverything() {
        peers.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void atThreeOnChristmasNightTheMainLineIsClosedForTheHolidayAndTheComplaintLineOpen() {
        JsonNode lines = json(send("GET", "api/lines", Staff.SUPERVISOR, null));
        assertThat(line(lines, "main").get("open").asBoolean()).as("%s", lines).isFalse();
        assertThat(line(lines, "main").get("closedReason").asText()).as("%s", lines).isEqualTo("PUBLIC_HOLIDAY");
        assertThat(line(lines, "complaints").get("open").asBoolean()).as("%s", lines).isTrue();
    }

    @Test
    @Order(2)
    void theDuressCodeAlertsTheSupervisorsAndPutsTheCallBeforeTheOneWaitingLonger() throws Exception {
        Sipp.SippProcess waiting = caller("waiting", "complaint_caller_silent.xml");
        assertThat(Eventually.holds(() -> summary().get("queued").asLong() == 1, WAIT)).as("%s", summary()).isTrue();
        Sipp.SippProcess inDanger = caller("in-danger", "complaint_caller_duress_55.xml");

        assertThat(Eventually.holds(() -> json(send("GET", "api/urgent-calls", Staff.SUPERVISOR, null)).size() == 1,
                Duration.ofSeconds(20))).as("the supervisors' alert").isTrue();
        JsonNode alert = json(send("GET", "api/urgent-calls", Staff.SUPERVISOR, null)).get(0);
        String urgent = alert.get("call").asText();
        assertThat(alert.get("line").asText()).isEqualTo("complaints");
        assertThat(Eventually.holds(() -> urgentOnTheWallboard(urgent), Duration.ofSeconds(10)))
                .as("the live wallboard's alert").isTrue();
        assertThat(send("GET", "api/urgent-calls", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "api/urgent-calls", "agent13", null).statusCode()).isEqualTo(403);

        Sipp.SippProcess phone = specialist("agent13");
        assertThat(Eventually.holds(() -> state("agent13").equals("TALKING"), WAIT)).as(phone.log()).isTrue();
        assertThat(call("agent13")).as("the urgent call went first").isEqualTo(urgent);

        String path = "api/urgent-calls/" + urgent + "/acknowledgement";
        assertThat(send("POST", path, "agent13", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> ack = send("POST", path, Staff.SUPERVISOR, "{\"note\":\"specialist on the call\"}");
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        assertThat(json(send("GET", "api/urgent-calls", Staff.SUPERVISOR, null))).isEmpty();
        assertThat(Eventually.holds(() -> !urgentOnTheWallboard(urgent), Duration.ofSeconds(10)))
                .as("the wallboard's alert cleared with it").isTrue();
        assertThat(send("POST", path, Staff.SUPERVISOR, "{}").statusCode()).as("already acknowledged").isEqualTo(404);
        String audit = send("GET", "api/audit/entries?size=500", Staff.ADMINISTRATOR, null).body();
        assertThat(audit).contains("URGENT").contains("ACKNOWLEDGE").contains(urgent);

        assertThat(waiting.await(Duration.ofSeconds(90))).as(waiting.log()).isZero();
        assertThat(inDanger.await(Duration.ofSeconds(90))).as(inDanger.log()).isZero();
        assertThat(phone.await(Duration.ofSeconds(30))).as(phone.log()).isZero();
        complaintCalls.add(urgent);
        wrapUpAndSignOut("agent13");
    }

    @Test
    @Order(3)
    void aSilentCallerReachesASpecialistWithin10SecondsAndTheNextOverflowsToTheSecondPoolNeverToAGeneralAgent()
            throws Exception {
        Sipp.SippProcess first = specialist("agent13");
        Sipp.SippProcess second = specialist("agent15");
        Sipp.SippProcess general = specialist("agent11"); // equality: a general agent, free all along

        Sipp.SippProcess silent = caller("silent-1", "complaint_caller_silent.xml");
        assertThat(Eventually.holds(() -> state("agent13").equals("TALKING"), WAIT)).as(first.log()).isTrue();
        String firstCall = call("agent13");
        Sipp.SippProcess next = caller("silent-2", "complaint_caller_silent.xml");
        assertThat(Eventually.holds(() -> state("agent15").equals("TALKING"), WAIT)).as(second.log()).isTrue();
        String secondCall = call("agent15");

        // The records are written in batches: the agents' legs a moment after they answered.
        assertThat(Eventually.holds(() -> record(firstCall).path("legs").size() == 1
                && record(secondCall).path("legs").size() == 1, WAIT)).isTrue();
        JsonNode record = record(firstCall);
        Duration toSpecialist = Duration.between(Instant.parse(record.get("firstSeen").asText()),
                Instant.parse(record.get("legs").get(0).get("connectedAt").asText()));
        assertThat(toSpecialist).as("answer to specialist: %s", record).isLessThanOrEqualTo(Duration.ofSeconds(10));
        System.out.println("complaint line: a silent caller reached a specialist " + toSpecialist.toMillis()
                + " ms after the answer");
        assertThat(record(secondCall).get("waitedMs").asLong()).as("the first pool for 15 s, then the second")
                .isGreaterThanOrEqualTo(15_000);
        assertThat(state("agent11")).as("the general agent was never offered a complaint").isEqualTo("AVAILABLE");

        String invite = first.messages();
        assertThat(invite).contains("INVITE sip:").contains("Privacy: id").containsIgnoringCase("anonymous")
                .doesNotContain(NUMBER);
        assertThat(silent.await(Duration.ofSeconds(90))).as(silent.log()).isZero();
        assertThat(next.await(Duration.ofSeconds(90))).as(next.log()).isZero();
        assertThat(general.messages()).as("agent11's phone was never rung").doesNotContain("INVITE sip:");
        complaintCalls.add(firstCall);
        complaintCalls.add(secondCall);
    }

    @Test
    @Order(4)
    void noTableAndNoLogLineHoldsTheNumberAndTheCallersCallsShareOneKeyedHash() throws Exception {
        assertThat(complaintCalls).hasSize(3);
        server.stop();

        SealedLineScan.Found found = SealedLineScan.of(server, NUMBER);
        assertThat(found.cells()).as("cells holding the number").isEmpty();
        assertThat(found.logLines()).as("server log lines holding the number").isEmpty();
        assertThat(found.complaintHashes()).as("the complaint line's records").hasSizeGreaterThanOrEqualTo(4)
                .doesNotContainNull().containsOnly(found.complaintHashes().get(0));
        assertThat(found.complaintNumbers()).as("numbers kept on the complaint line").containsOnlyNulls();
    }

    private Sipp.SippProcess caller(String name, String scenario) {
        return peers.start(name, SCENARIOS.resolve(scenario), "15510", "-timeout", "120s");
    }

    /**
     * Starts {@code agent}'s phone (answers, echoes the caller's audio so that the line hears it, waits for the BYE,
     * traces its messages), registers it and signs the agent in, ready.
     */
    private Sipp.SippProcess specialist(String agent) throws IOException {
        int port = Ports.free();
        Sipp.SippProcess phone = peers.start(agent + "-phone", LinePeers.LINE_SCENARIOS.resolve(
                "agent_answer_await_bye.xml"), agent, "-p", String.valueOf(port), "-timeout", "150s", "-trace_msg",
                "-rtp_echo");
        Sipp.SippProcess register = peers.start(agent + "-register", LinePeers.LINE_SCENARIOS.resolve("register.xml"),
                agent, "-au", agent, "-ap", LinePeers.agentPassword(server.dataDir(), agent),
                "-key", "contact_port", String.valueOf(port), "-key", "expires", "600");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();
        LinePeers.signInReady(server.baseUrl(), server.dataDir(), agent);
        return phone;
    }

    private boolean urgentOnTheWallboard(String call) {
        for (JsonNode alert : json(send("GET", "api/supervision/wallboard", Staff.SUPERVISOR, null)).get("alerts")) {
            if (alert.get("kind").asText().equals("URGENT_CALL") && alert.get("subject").asText().equals(call)) {
                return true;
            }
        }
        return false;
    }

    private void wrapUpAndSignOut(String agent) {
        assertThat(Eventually.holds(() -> state(agent).equals("WRAP_UP"), WAIT)).isTrue();
        assertThat(send("POST", "api/agent/wrap-up", agent, "{\"code\":\"complaint-recorded\"}").statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "api/agent/sign-out", agent, null).statusCode()).isEqualTo(200);
    }

    private String state(String agent) {
        return json(send("GET", "api/agent", agent, null)).get("state").asText();
    }

    private String call(String agent) {
        return json(send("GET", "api/agent", agent, null)).get("call").asText();
    }

    private JsonNode record(String call) {
        return json(send("GET", "api/calls/" + call, Staff.SUPERVISOR, null));
    }

    private JsonNode summary() {
        return json(send("GET", "api/calls/summary", Staff.SUPERVISOR, null));
    }

    private static JsonNode line(JsonNode lines, String id) {
        for (JsonNode l : lines) {
            if (l.get("line").asText().equals(id)) {
                return l;
            }
        }
        throw new AssertionError("no line " + id + " in " + lines);
    }

    private HttpResponse<String> send(String method, String path, String user, String body) {
        return WarHttp.exchange(base, method, path, user == null ? null : Staff.in(server.dataDir(), user), body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
