package org.govcc.reference.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.WarHttp;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/complaints} on the deployed WAR: a complaint officer works a complaint through its life (received with
 * an {@code Idempotency-Key}, read, noted, classified, described, referred, listed, exported, closed); an agent, a
 * supervisor and an administrator get 403 and an anonymous request 401 on every endpoint, as problem+json; bad input
 * is a 400 naming its field, an unknown complaint 404, a closed one changed 409.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICER = "agent13";
    /** The endpoints, each with a body it would take: every one is refused to the other roles alike. */
    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"POST", "api/complaints", "{\"line\":\"complaints\"}"},
            new String[] {"GET", "api/complaints", null},
            new String[] {"GET", "api/complaints/K1", null},
            new String[] {"GET", "api/complaints/K1/export", null},
            new String[] {"POST", "api/complaints/K1/notes", "{\"text\":\"x\"}"},
            new String[] {"PUT", "api/complaints/K1/classification", "{\"category\":\"ABUSE\"}"},
            new String[] {"PUT", "api/complaints/K1/description", "{\"narrative\":\"x\"}"},
            new String[] {"PUT", "api/complaints/K1/referrals/POLICE", "{\"status\":\"SENT\"}"},
            new String[] {"POST", "api/complaints/K1/closure", "{\"reason\":\"x\"}"},
            new String[] {"POST", "api/complaints/callbacks", "{\"call\":\"c-1\",\"consent\":true}"});

    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAgentASupervisorAndAnAdministratorGet403AndAnAnonymousRequest401OnEveryEndpoint() {
        for (String[] e : ENDPOINTS) {
            HttpResponse<String> anonymous = send(e[0], e[1], e[2], null);
            assertProblem(anonymous, 401, null);
            for (String user : List.of("agent01", Staff.SUPERVISOR, Staff.ADMINISTRATOR)) {
                HttpResponse<String> refused = send(e[0], e[1], e[2], user);
                assertThat(refused.statusCode()).as(e[0] + " " + e[1] + " as " + user).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                        assertThat(t).startsWith("application/problem+json"));
                assertThat(refused.body()).contains("complaint-officer");
            }
        }
    }

    @Test
    void anOfficerWorksAComplaintFromReceiptToClosingAndARetryReceivesItOnce() {
        String key = UUID.randomUUID().toString();
        String body = "{\"line\":\"complaints\",\"category\":\"SEXUAL_HARASSMENT\",\"workplace\":\"Ωμέγα Α.Ε.\","
                + "\"narrative\":\"Ο υπεύθυνος βάρδιας με παρενοχλεί\",\"note\":\"Καλεί από το σπίτι φίλης\"}";
        HttpResponse<String> created = send("POST", "api/complaints", body, OFFICER, "Idempotency-Key", key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode complaint = json(created);
        String id = complaint.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/complaints/" + id));
        assertThat(complaint.get("status").asText()).isEqualTo("OPEN");
        assertThat(complaint.get("receivedBy").asText()).isEqualTo(OFFICER);
        HttpResponse<String> retry = send("POST", "api/complaints", body, OFFICER, "Idempotency-Key", key);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(json(retry).get("id").asText()).isEqualTo(id);
        assertProblem(send("POST", "api/complaints", body.replace("σπίτι", "γραφείο"), OFFICER, "Idempotency-Key",
                key), 422, "Idempotency-Key");

        JsonNode noted = json(ok(send("POST", "api/complaints/" + id + "/notes", "{\"text\":\"Δεύτερη κλήση\"}",
                OFFICER)));
        assertThat(noted.get("notes")).hasSize(2);
        assertThat(noted.get("notes").get(1).get("author").asText()).isEqualTo(OFFICER);
        ok(send("PUT", "api/complaints/" + id + "/classification", "{\"category\":\"POWER_VIOLENCE\"}", OFFICER));
        ok(send("PUT", "api/complaints/" + id + "/description", "{\"narrative\":\"Νέα περιγραφή\"}", OFFICER));
        JsonNode referred = json(ok(send("PUT", "api/complaints/" + id + "/referrals/LABOUR_INSPECTORATE",
                "{\"status\":\"SENT\",\"reference\":\"ΣΕΠΕ-17\"}", OFFICER)));
        assertThat(referred.get("status").asText()).isEqualTo("REFERRED");
        assertThat(referred.get("category").asText()).isEqualTo("POWER_VIOLENCE");
        assertThat(referred.get("narrative").asText()).isEqualTo("Νέα περιγραφή");
        assertThat(referred.has("workplace")).as("set to not known").isFalse();
        assertThat(referred.get("referrals").get(0).get("reference").asText()).isEqualTo("ΣΕΠΕ-17");

        JsonNode list = json(ok(send("GET", "api/complaints?status=REFERRED&size=100", null, OFFICER)));
        assertThat(list.get("complaints").findValuesAsText("id")).contains(id);
        assertThat(list.toString()).as("a list opens nothing sealed").doesNotContain("Νέα περιγραφή");
        HttpResponse<String> export = ok(send("GET", "api/complaints/" + id + "/export", null, OFFICER));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("complaint-" + id + ".json"));
        assertThat(json(export).get("exportedBy").asText()).isEqualTo(OFFICER);

        JsonNode closed = json(ok(send("POST", "api/complaints/" + id + "/closure", "{\"reason\":\"Ανέλαβε το ΣΕΠΕ\"}",
                OFFICER)));
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.has("retainUntil")).isTrue();
        assertProblem(send("PUT", "api/complaints/" + id + "/classification", "{\"category\":\"ABUSE\"}", OFFICER),
                409, "status");
    }

    @Test
    void badInputIsA400NamingItsFieldAndAnUnknownComplaintA404() {
        assertProblem(send("POST", "api/complaints", "{\"line\":\"complaints\",\"category\":\"ROBBERY\"}", OFFICER),
                400, "category");
        assertProblem(send("POST", "api/complaints", "{\"line\":\"main\"}", OFFICER), 422, "line");
        assertProblem(send("POST", "api/complaints", "{\"line\":\"complaints\",\"call\":\"no-such-call\"}", OFFICER),
                422, "call");
        assertProblem(send("POST", "api/complaints", "{\"line\":\"complaints\",\"workplace\":\"" + "w".repeat(501)
                + "\"}", OFFICER), 400, "workplace");
        assertProblem(send("PUT", "api/complaints/K1/referrals/FIRE_BRIGADE", "{\"status\":\"SENT\"}", OFFICER), 400,
                "agency");
        assertProblem(send("GET", "api/complaints?from=yesterday", null, OFFICER), 400, "from");
        assertProblem(send("GET", "api/complaints/K999999999", null, OFFICER), 404, "id");
        assertProblem(send("GET", "api/complaints/C12", null, OFFICER), 404, "id");
    }

    @Test
    void aCallbackIsArrangedOnlyWithConsentInAReasonableWindowOnTheCallTheOfficerTalksOn() {
        String fine = ",\"from\":\"2030-01-10T18:00\",\"until\":\"2030-01-10T19:00\"";
        assertProblem(send("POST", "api/complaints/callbacks", "{\"call\":\"c-1\",\"consent\":false" + fine
                + "}", OFFICER), 400, "consent");
        assertProblem(send("POST", "api/complaints/callbacks", "{\"call\":\"c-1\"" + fine + "}", OFFICER), 400,
                "consent");
        String consent = "{\"call\":\"c-1\",\"consent\":true,";
        assertProblem(send("POST", "api/complaints/callbacks", consent + "\"from\":\"tonight\",\"until\":"
                + "\"2030-01-10T19:00\"}", OFFICER), 400, "from");
        assertProblem(send("POST", "api/complaints/callbacks", consent + "\"from\":\"2030-01-10T18:00\"}",
                OFFICER), 400, "until");
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Europe/Athens")).plusHours(1)
                .truncatedTo(ChronoUnit.MINUTES);
        assertProblem(send("POST", "api/complaints/callbacks", consent + window(soon, soon.plusMinutes(5)), OFFICER),
                400, "until");
        assertProblem(send("POST", "api/complaints/callbacks", consent + window(soon, soon.plusHours(13)), OFFICER),
                400, "until");
        assertProblem(send("POST", "api/complaints/callbacks", consent + window(soon.plusDays(15),
                soon.plusDays(15).plusHours(1)), OFFICER), 400, "from");
        // A good window, but the officer is on no call: nothing to call back, nothing arranged.
        HttpResponse<String> notTalking = send("POST", "api/complaints/callbacks", consent + window(soon,
                soon.plusHours(1)), OFFICER);
        assertThat(notTalking.statusCode()).isEqualTo(409);
        assertThat(notTalking.body()).contains("not talking on a call");
    }

    private static String window(LocalDateTime from, LocalDateTime until) {
        return "\"from\":\"" + from + "\",\"until\":\"" + until + "\"}";
    }

    @Test
    void aComplaintSealedBeforeTheKeyRotationIsStillReadAfterItAndNewOnesAreSealedWithTheNewKey() throws Exception {
        String before = "{\"line\":\"complaints\",\"workplace\":\"Πριν\","
                + "\"narrative\":\"Γράφτηκε με το παλιό κλειδί\"}";
        String old = json(created(send("POST", "api/complaints", before, OFFICER))).get("id").asText();

        // The project's rotation script on the running server: complaint-content-v(n+1) becomes current.
        Path script = Path.of("..", "scripts", "wildfly", "govcc-rotate-key.sh").toAbsolutePath().normalize();
        URI management = ReferenceServer.managementUrl();
        Process rotate = new ProcessBuilder(script.toString(), "complaint-content", "--controller",
                management.getHost() + ":" + management.getPort(), "--jboss-home",
                System.getProperty("govcc.it.wildflyHome")).redirectErrorStream(true).start();
        assertThat(rotate.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = new String(rotate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rotate.exitValue()).as(said).isZero();
        assertThat(said).containsPattern("complaint-content-v\\d+ is now current for new writes");

        JsonNode reread = json(ok(send("GET", "api/complaints/" + old, null, OFFICER)));
        assertThat(reread.get("narrative").asText()).isEqualTo("Γράφτηκε με το παλιό κλειδί");
        assertThat(reread.get("workplace").asText()).isEqualTo("Πριν");
        String after = json(created(send("POST", "api/complaints", "{\"line\":\"complaints\",\"narrative\":"
                + "\"Με το νέο κλειδί\"}", OFFICER))).get("id").asText();
        JsonNode fresh = json(ok(send("PUT", "api/complaints/" + old + "/description",
                "{\"narrative\":\"Ξαναγράφτηκε μετά\"}", OFFICER)));
        assertThat(fresh.get("narrative").asText()).isEqualTo("Ξαναγράφτηκε μετά");
        assertThat(json(ok(send("GET", "api/complaints/" + after, null, OFFICER))).get("narrative").asText())
                .isEqualTo("Με το νέο κλειδί");
    }

    private HttpResponse<String> created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r;
    }

    private HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    private static void assertProblem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        if (field != null) {
            assertThat(json(r).path("field").asText()).as(r.body()).isEqualTo(field);
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String user, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Accept";
        all[headers.length + 1] = "application/json";
        return WarHttp.exchange(base, method, path, user == null ? null : ReferenceServer.staff(user), body, all);
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(r.body(), e);
        }
    }
}
