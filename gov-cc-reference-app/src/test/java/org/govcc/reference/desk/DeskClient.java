package org.govcc.reference.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.WarHttp;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;

/** The desk's REST resource as the ITs use it: requests as a staff user, JSON answers, and agents' phone sign-up. */
final class DeskClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DeskClient(URL base) {
        this.base = base;
    }

    /** The client the streams use. */
    HttpClient http() {
        return http;
    }

    /** Registers {@code agent}'s phone, listening at {@code contactPort}, for {@code expires} seconds. */
    void register(String agent, int contactPort, int expires) throws Exception {
        String password = LinePeers.agentPassword(ReferenceServer.agentPasswords().getParent(), agent);
        try (Sipp.SippProcess register = Sipp.start("register-" + agent, List.of(ReferenceServer.sipTarget(), "-sf",
                LinePeers.LINE_SCENARIOS.resolve("register.xml").toString(), "-s", agent, "-au", agent, "-ap",
                password, "-key", "contact_port", String.valueOf(contactPort), "-key", "expires",
                String.valueOf(expires), "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "20s"))) {
            assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();
        }
    }

    /** Returns {@code agent}'s state as their desk shows it. */
    String state(String agent) {
        return json(send("GET", "api/agent", agent, null)).get("state").asText();
    }

    /** Sends a request as {@code user} (anonymous when null), with a JSON {@code body} when one is given. */
    HttpResponse<String> send(String method, String path, String user, String body) {
        return WarHttp.exchange(base, method, path, user == null ? null : ReferenceServer.staff(user), body);
    }

    /** Reads a response's body as JSON. */
    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Reads {@code text} as JSON. */
    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
