package org.govcc.reference.supervision.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/supervisor/monitor} on the deployed WAR: only a signed-in supervisor may command the line's silent
 * monitoring, a malformed command is refused before it reaches the line, and every command that reaches it is
 * audited, a refused one too; a call bridged on the confidential complaint line is refused under its policy and the
 * supervisor's phone never rings. (Listening to a bridged call over SIP is {@code MonitoringIT} of gov-cc-sipservlet:
 * the ministry's main line is closed at the hours tests may run.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SilentMonitoringIT {

    private static final String PATH = "api/supervisor/monitor";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The WAR the build made, deployed as it is. */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private final List<Sipp.SippProcess> peers = new ArrayList<>();

    @AfterEach
    void stopPeers() {
        peers.forEach(Sipp.SippProcess::close);
    }

    @Test
    void aCallBridgedOnTheConfidentialLineIsRefused403AuditedAndTheSupervisorsPhoneNeverRings() throws Exception {
        int officerPort = Ports.free();
        int supervisorPort = Ports.free();
        peers.add(phone("agent13", officerPort, "agent_answer_then_bye.xml", "8000"));
        Sipp.SippProcess supervisorPhone = phone("agent01", supervisorPort, "agent_answer_await_bye.xml", "0");
        peers.add(supervisorPhone);
        register("agent13", officerPort, 600);
        register("agent01", supervisorPort, 600);
        assertThat(desk("POST", "api/agent/sign-in", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(desk("POST", "api/agent/ready", "agent13", null).statusCode()).isEqualTo(200);
        peers.add(Sipp.start("complaint-caller", List.of(ReferenceServer.sipTarget(), "-sf",
                Sipp.SCENARIOS.resolve("complaint_caller_presses_1.xml").toString(), "-s", "15510", "-i", "127.0.0.1",
                "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "120s")));
        assertThat(Eventually.holds(() -> state("agent13").equals("TALKING"), Duration.ofSeconds(60))).isTrue();
        String call = JSON.readTree(desk("GET", "api/agent", "agent13", null).body()).get("call").asText();

        HttpResponse<String> refused = WarHttp.post(base, PATH, supervisor(), command(call, "listen", "agent01"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("detail").asText()).isEqualTo("monitoring refused: not_allowed");
        JsonNode entry = lastEntryAbout(call);
        assertThat(entry.at("/entry/action").asText()).isEqualTo("REFUSED");
        assertThat(entry.at("/entry/reason").asText()).isEqualTo("monitoring listen on phone agent01 refused: not_allowed");
        // The officer's phone hangs up after 8 s; the officer wraps up and signs out, as the desk's tests leave it.
        assertThat(Eventually.holds(() -> state("agent13").equals("WRAP_UP"), Duration.ofSeconds(30))).isTrue();
        assertThat(desk("POST", "api/agent/wrap-up", "agent13", "{\"code\":\"complaint-recorded\"}").statusCode())
                .isEqualTo(200);
        assertThat(desk("POST", "api/agent/sign-out", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(supervisorPhone.received("INVITE")).as(supervisorPhone.messages()).isEmpty();
        register("agent13", officerPort, 0);
        register("agent01", supervisorPort, 0);
    }

    @Test
    void anAnonymousCommandGets401AndAnAgentsOrAnAdministrators403() throws Exception {
        String listen = command("c-anyone", "listen", "agent13");

        HttpResponse<String> anonymous = WarHttp.post(base, PATH, null, listen);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(WarHttp.post(base, PATH, ReferenceServer.staff("agent13"), listen).statusCode()).isEqualTo(403);
        assertThat(WarHttp.post(base, PATH, ReferenceServer.staff(Staff.ADMINISTRATOR), listen).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCallNotInProgressIs404AndTheRefusalIsAudited() throws Exception {
        HttpResponse<String> refused = WarHttp.post(base, PATH, supervisor(),
                command("c-not-in-progress", "listen", "agent13"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).get("detail").asText()).isEqualTo("monitoring refused: unknown_call");
        JsonNode entry = lastEntryAbout("c-not-in-progress");
        assertThat(entry.at("/entry/action").asText()).isEqualTo("REFUSED");
        assertThat(entry.at("/entry/user").asText()).isEqualTo(Staff.SUPERVISOR);
        assertThat(entry.at("/entry/role").asText()).isEqualTo("supervisor");
        assertThat(entry.at("/entry/reason").asText())
                .isEqualTo("monitoring listen on phone agent13 refused: unknown_call");
    }

    @Test
    void whisperingOrStoppingOnACallNobodyMonitorsIsRefusedAndAudited() throws Exception {
        for (String action : List.of("whisper", "listen-only", "stop")) {
            HttpResponse<String> refused = WarHttp.post(base, PATH, supervisor(),
                    command("c-unmonitored-" + action, action, null));
            assertThat(refused.statusCode()).as(action + ": " + refused.body()).isEqualTo(404);
            assertThat(lastEntryAbout("c-unmonitored-" + action).at("/entry/reason").asText())
                    .isEqualTo("monitoring " + action + " refused: unknown_call");
        }
    }

    @Test
    void aMalformedCommandIs400AndReachesNeitherTheLineNorTheTrail() throws Exception {
        List<String> malformed = List.of(command("c-1", "shout", "agent13"), command("c 1", "listen", "agent13"),
                command("c-1", "listen", null), "{\"action\":\"stop\"}", "not json");
        for (String body : malformed) {
            HttpResponse<String> r = WarHttp.post(base, PATH, supervisor(), body);
            assertThat(r.statusCode()).as(body + " -> " + r.body()).isEqualTo(400);
        }
        assertThat(entriesAbout("c-1")).isEmpty();
    }

    private Sipp.SippProcess phone(String agent, int port, String scenario, String holdMillis) {
        return Sipp.start(agent + "-phone", List.of(ReferenceServer.sipTarget(), "-sf",
                LinePeers.LINE_SCENARIOS.resolve(scenario).toString(), "-d", holdMillis, "-i", "127.0.0.1",
                "-p", String.valueOf(port), "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "120s",
                "-trace_msg"));
    }

    /** Registers {@code agent}'s phone at {@code contactPort} for {@code expires} seconds (0: unregisters it). */
    private static void register(String agent, int contactPort, int expires) throws Exception {
        String password = LinePeers.agentPassword(ReferenceServer.agentPasswords().getParent(), agent);
        try (Sipp.SippProcess register = Sipp.start("register-" + agent, List.of(ReferenceServer.sipTarget(), "-sf",
                LinePeers.LINE_SCENARIOS.resolve("register.xml").toString(), "-s", agent, "-au", agent, "-ap",
                password, "-key", "contact_port", String.valueOf(contactPort), "-key", "expires",
                String.valueOf(expires), "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "20s"))) {
            assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();
        }
    }

    private HttpResponse<String> desk(String method, String path, String user, String body) {
        return WarHttp.exchange(base, method, path, ReferenceServer.staff(user), body);
    }

    private String state(String agent) {
        try {
            return JSON.readTree(desk("GET", "api/agent", agent, null).body()).get("state").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Staff supervisor() {
        return ReferenceServer.staff(Staff.SUPERVISOR);
    }

    private static String command(String call, String action, String phone) {
        return "{\"call\":\"" + call + "\",\"action\":\"" + action + "\""
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + "}";
    }

    private JsonNode lastEntryAbout(String call) throws Exception {
        List<JsonNode> found = entriesAbout(call);
        assertThat(found).as("audit entries about call %s", call).isNotEmpty();
        return found.get(found.size() - 1);
    }

    /** The audit entries about {@code call <id>}, read page by page as the administrator. */
    private List<JsonNode> entriesAbout(String call) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        long from = 1;
        while (from > 0) {
            HttpResponse<String> r = WarHttp.get(base, "api/audit/entries?size=500&from=" + from,
                    ReferenceServer.staff(Staff.ADMINISTRATOR));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(r.body());
            for (JsonNode e : page.get("entries")) {
                if (e.at("/entry/subject/type").asText().equals("call")
                        && e.at("/entry/subject/id").asText().equals(call)) {
                    found.add(e);
                }
            }
            from = page.get("next").asLong();
        }
        return found;
    }
}
