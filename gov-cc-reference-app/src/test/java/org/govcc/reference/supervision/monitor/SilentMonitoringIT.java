package org.govcc.reference.supervision.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/supervisor/monitor} on the deployed WAR: only a signed-in supervisor may command the line's silent
 * monitoring, a malformed command is refused before it reaches the line, and every command that reaches it is
 * audited, a refused one too. (Monitoring a bridged call over SIP is {@code MonitoringIT} of gov-cc-sipservlet.)
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
