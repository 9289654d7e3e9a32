package org.govcc.reference.rest.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govcc.reference.rest.requests.RequestsClient.assertProblem;
import static org.govcc.reference.rest.requests.RequestsClient.json;
import static org.govcc.reference.rest.requests.RequestsClient.request;
import static org.govcc.reference.rest.requests.RequestsClient.staff;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Citizen requests over HTTP on the deployed WAR, signed in: an agent opens, notes, moves and reads a request of
 * their body; searches find within what the user may read; a retried creation makes one request; the OpenAPI
 * document and its page are served. (Refusals: {@code RequestRefusalsIT}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestsIT {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private RequestsClient api;

    @BeforeEach
    void client() {
        api = new RequestsClient(base);
    }

    @Test
    void anAgentOpensARequestOfTheirBodyNotesItMovesItThroughItsLifecycleAndReadsItsHistory() throws Exception {
        Staff agent = staff("agent01");
        HttpResponse<String> created = api.post("api/requests", agent, request("insurance-pensions",
                RequestsClient.freshAmka(), "Pension application status").put("note", "called about March").toString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode r = json(created);
        String id = r.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/requests/" + id));
        assertThat(r.get("status").asText()).isEqualTo("NEW");
        assertThat(r.get("body").asText()).isEqualTo("e-efka");
        assertThat(r.get("reference").asText()).matches("\\d{4}-\\d{6}");
        assertThat(r.get("breached").asBoolean()).isFalse();
        // 50 calendar days of insurance-pensions: late from the midnight (Athens) after the 50th day.
        LocalDate opened = Instant.parse(r.get("openedAt").asText()).atZone(ATHENS).toLocalDate();
        assertThat(Instant.parse(r.get("dueAt").asText()))
                .isEqualTo(opened.plusDays(51).atStartOfDay(ATHENS).toInstant());
        assertThat(r.get("notes").get(0).get("author").asText()).isEqualTo("agent01");

        JsonNode noted = json(api.post("api/requests/" + id + "/notes", agent, "{\"text\":\"sent the form\"}"));
        assertThat(noted.get("notes")).hasSize(2);
        move(agent, id, "{\"status\":\"IN_PROGRESS\",\"reason\":\"checking\"}");
        JsonNode referred = move(agent, id, "{\"status\":\"REFERRED\",\"reason\":\"their matter\","
                + "\"referral\":{\"body\":\"labour-inspectorate\",\"reference\":\"SEPE-2026/17\"}}");
        assertThat(referred.get("referral").get("reference").asText()).isEqualTo("SEPE-2026/17");
        move(agent, id, "{\"status\":\"RESOLVED\",\"reason\":\"answered\"}");
        JsonNode reopened = move(staff("agent02"), id, "{\"status\":\"REOPENED\",\"reason\":\"called again\"}");
        assertThat(reopened.get("next").toString()).contains("IN_PROGRESS").doesNotContain("REOPENED");

        HttpResponse<String> history = api.get("api/requests/" + id + "/history", agent);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(json(history)).extracting(h -> h.get("to").asText())
                .containsExactly("NEW", "IN_PROGRESS", "REFERRED", "RESOLVED", "REOPENED");
        assertThat(json(history)).extracting(h -> h.get("actor").asText())
                .containsExactly("agent01", "agent01", "agent01", "agent01", "agent02");
    }

    @Test
    void searchesByAmkaAfmReferenceAndPeriodFindOnlyWhatTheUserMayRead() {
        String amka = RequestsClient.freshAmka();
        JsonNode pensions = api.open(staff("agent01"), request("insurance-pensions", amka, "pension"));
        JsonNode employment = api.open(staff("agent03"), request("employment-training", amka, "training"));
        JsonNode byAfm = api.open(staff("agent01"), request("insurance-pensions", null, "by AFM")
                .put("afm", "090000045"));

        assertThat(ids("api/requests?amka=" + amka, "agent01")).containsExactly(pensions.get("id").asText());
        assertThat(ids("api/requests?amka=" + amka, "agent03")).containsExactly(employment.get("id").asText());
        assertThat(ids("api/requests?amka=" + amka, Staff.SUPERVISOR))
                .containsExactly(employment.get("id").asText(), pensions.get("id").asText());
        assertThat(ids("api/requests?reference=" + employment.get("reference").asText(), "agent01"))
                .as("another body's request is not found by its reference either").isEmpty();
        assertThat(ids("api/requests?afm=090000045&size=100", "agent01")).contains(byAfm.get("id").asText());

        String today = LocalDate.now(ATHENS).toString();
        String tomorrow = LocalDate.now(ATHENS).plusDays(1).toString();
        assertThat(ids("api/requests?amka=" + amka + "&from=" + today + "&to=" + today, Staff.SUPERVISOR)).hasSize(2);
        assertThat(ids("api/requests?amka=" + amka + "&from=" + tomorrow, Staff.SUPERVISOR)).isEmpty();
        JsonNode page = json(api.get("api/requests?amka=" + amka + "&size=1&page=1", staff(Staff.SUPERVISOR)));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("requests")).extracting(n -> n.get("id").asText())
                .containsExactly(pensions.get("id").asText());
        JsonNode byPhone = json(api.get("api/requests?phone=210%201234567", staff(Staff.SUPERVISOR)));
        assertThat(byPhone.get("total").asLong()).as("no call from that number has a request").isZero();
    }

    @Test
    void aRetriedCreationWithTheSameKeyAndBodyMakesOneRequestAndAnotherBodyWithItIsRefused() {
        Staff agent = staff("agent03");
        String body = request("employment-training", RequestsClient.freshAmka(), "retried").toString();
        long before = api.total();

        HttpResponse<String> first = api.post("api/requests", agent, body, "Idempotency-Key", "k-" + body.hashCode());
        HttpResponse<String> retry = api.post("api/requests", agent, body, "Idempotency-Key", "k-" + body.hashCode());
        HttpResponse<String> other = api.post("api/requests", agent, body.replace("retried", "other"),
                "Idempotency-Key", "k-" + body.hashCode());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(json(retry).get("id")).isEqualTo(json(first).get("id"));
        assertProblem(other, 422, "Idempotency-Key");
        assertThat(api.total()).as("one request made").isEqualTo(before + 1);
        HttpResponse<String> colleague = api.post("api/requests", staff("agent04"), body, "Idempotency-Key",
                "k-" + body.hashCode());
        assertThat(colleague.statusCode()).as("keys are per user").isEqualTo(201);
    }

    @Test
    void theOpenApiDocumentDescribesTheRequestsAndItsPageNeedsNothingFromOutside() {
        HttpResponse<String> document = api.get("openapi?format=JSON", null);
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        JsonNode paths = json(document).get("paths");
        assertThat(paths.fieldNames()).toIterable().anySatisfy(p -> assertThat(p).endsWith("/api/requests"))
                .anySatisfy(p -> assertThat(p).endsWith("/api/requests/{id}/transitions"));
        assertThat(document.body()).contains("Roles: agent");

        HttpResponse<String> page = api.get("api.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));
        assertThat(page.body()).contains("<script src=\"api.js\" defer></script>").doesNotContain("<style")
                .doesNotContain("style=").doesNotContain("http://").doesNotContain("https://");
        assertThat(api.get("api.js", null).statusCode()).isEqualTo(200);
    }

    private JsonNode move(Staff as, String id, String body) {
        HttpResponse<String> r = api.post("api/requests/" + id + "/transitions", as, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    private List<String> ids(String path, String user) {
        HttpResponse<String> r = api.get(path, staff(user));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(r).get("requests").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }
}
