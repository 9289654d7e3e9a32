package org.govcc.reference.rest.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govcc.reference.rest.requests.RequestsClient.assertProblem;
import static org.govcc.reference.rest.requests.RequestsClient.json;
import static org.govcc.reference.rest.requests.RequestsClient.request;
import static org.govcc.reference.rest.requests.RequestsClient.staff;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * What {@code /api/requests} refuses, each as problem+json naming the field, and that a refusal changes nothing:
 * anonymous 401; another body's agent 403; an agent acting for another; a supervisor who reads but may not change;
 * sealed requests for complaint officers only; malformed JSON, unknown ids, an invalid AMKA, an oversize note, an
 * illegal status change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestRefusalsIT {

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private RequestsClient api;
    private String pensions;

    @BeforeEach
    void aRequestOfEEfka() {
        api = new RequestsClient(base);
        pensions = api.open(staff("agent01"), request("insurance-pensions", RequestsClient.freshAmka(), "pension"))
                .get("id").asText();
    }

    @Test
    void anAnonymousCallerGets401OnEveryOperation() {
        assertProblem(api.get("api/requests", null), 401, null);
        assertProblem(api.get("api/requests/" + pensions, null), 401, null);
        assertProblem(api.post("api/requests", null, request("insurance-pensions", null, "x").toString()), 401, null);
        assertProblem(api.post("api/requests/" + pensions + "/notes", null, "{\"text\":\"x\"}"), 401, null);
    }

    @Test
    void anAgentOfAnotherBodyGets403AndChangesNothing() {
        JsonNode before = api.read(pensions);
        Staff dypa = staff("agent03");

        assertProblem(api.get("api/requests/" + pensions, dypa), 403, "id");
        assertProblem(api.get("api/requests/" + pensions + "/history", dypa), 403, "id");
        assertProblem(api.post("api/requests/" + pensions + "/notes", dypa, "{\"text\":\"not mine\"}"), 403, "id");
        assertProblem(api.post("api/requests/" + pensions + "/transitions", dypa,
                "{\"status\":\"CLOSED\",\"reason\":\"x\"}"), 403, "id");
        long total = api.total();
        assertProblem(api.post("api/requests", dypa, request("insurance-pensions", null, "x").toString()), 403,
                "topic");

        assertThat(api.read(pensions)).isEqualTo(before);
        assertThat(api.total()).isEqualTo(total);
    }

    @Test
    void anAgentCannotActForAnotherAgent() {
        JsonNode before = api.read(pensions);

        assertProblem(api.post("api/requests/" + pensions + "/notes", staff("agent01"),
                "{\"text\":\"on behalf\",\"author\":\"agent02\"}"), 400, "author");
        assertProblem(api.post("api/requests/" + pensions + "/transitions", staff("agent01"),
                "{\"status\":\"IN_PROGRESS\",\"reason\":\"x\",\"actor\":\"agent02\"}"), 400, "actor");
        assertThat(api.read(pensions)).isEqualTo(before);

        JsonNode noted = json(api.post("api/requests/" + pensions + "/notes", staff("agent02"), "{\"text\":\"mine\"}"));
        assertThat(noted.get("notes")).extracting(n -> n.get("author").asText()).containsExactly("agent02");
    }

    @Test
    void aSupervisorReadsEveryBodysRequestsButChangesNoneAndAnAdministratorReadsNone() {
        JsonNode before = api.read(pensions);
        Staff supervisor = staff(Staff.SUPERVISOR);

        assertThat(api.get("api/requests/" + pensions + "/history", supervisor).statusCode()).isEqualTo(200);
        assertProblem(api.post("api/requests/" + pensions + "/notes", supervisor, "{\"text\":\"x\"}"), 403, null);
        assertProblem(api.post("api/requests/" + pensions + "/transitions", supervisor,
                "{\"status\":\"CLOSED\",\"reason\":\"x\"}"), 403, null);
        assertProblem(api.post("api/requests", supervisor, request("insurance-pensions", null, "x").toString()), 403,
                null);
        assertProblem(api.get("api/requests/" + pensions, staff(Staff.ADMINISTRATOR)), 403, null);
        assertThat(api.read(pensions)).isEqualTo(before);
    }

    @Test
    void aSealedComplaintIsForComplaintOfficersAloneAndNeverCounted() {
        long total = api.total();
        JsonNode complaint = api.open(staff("agent13"), request("harassment-complaints", null, "complaint")
                .put("line", "complaints"));
        String id = complaint.get("id").asText();

        assertThat(complaint.get("sealed").asBoolean()).isTrue();
        assertThat(api.get("api/requests/" + id, staff("agent14")).statusCode()).isEqualTo(200);
        assertProblem(api.get("api/requests/" + id, staff(Staff.SUPERVISOR)), 403, "id");
        assertProblem(api.get("api/requests/" + id, staff("agent11")), 403, "id"); // gsgedv, not a complaint officer
        assertProblem(api.get("api/requests/" + id, staff("agent01")), 403, "id");
        assertProblem(api.post("api/requests", staff("agent11"), request("equality", null, "x")
                .put("line", "complaints").toString()), 403, "line");
        assertThat(api.total()).as("the supervisor's count leaves it out").isEqualTo(total);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        JsonNode before = api.read(pensions);
        long total = api.total();
        Staff agent = staff("agent01");

        assertProblem(api.post("api/requests", agent, "{\"line\":\"main\",\"topic\":"), 400, "body");
        assertProblem(api.post("api/requests", agent, "[1,2]"), 400, "body");
        String amka = assertProblem(api.post("api/requests", agent, request("insurance-pensions", "01018012343",
                "x").toString()), 400, "amka");
        assertThat(amka).contains("check digit");
        assertProblem(api.post("api/requests", agent, request("insurance-pensions", null, "x").put("afm", "123")
                .toString()), 400, "afm");
        assertProblem(api.post("api/requests", agent, request("insurance-pensions", null, " ").toString()), 400,
                "subject");
        assertProblem(api.post("api/requests", agent, request("no-such-topic", null, "x").toString()), 422, "topic");
        assertProblem(api.post("api/requests", agent, request("insurance-pensions", null, "x").put("line", "nowhere")
                .toString()), 422, "line");
        assertProblem(api.post("api/requests", agent, request("insurance-pensions", null, "x").put("call", "c-none")
                .toString()), 422, "call");
        assertProblem(api.post("api/requests", agent, request("insurance-pensions", null, "x").toString(),
                "Idempotency-Key", "has spaces"), 400, "Idempotency-Key");
        assertProblem(api.post("api/requests", agent, "line=main", "Content-Type", "text/plain"), 415, null);

        assertProblem(api.get("api/requests/C99999999", agent), 404, "id");
        assertProblem(api.get("api/requests/not-an-id", agent), 404, "id");
        assertProblem(api.get("api/no-such-resource", agent), 404, null);
        assertProblem(api.post("api/requests/C99999999/notes", agent, "{\"text\":\"x\"}"), 404, "id");
        assertProblem(api.post("api/requests/" + pensions + "/notes", agent, "{\"text\":\"" + "x".repeat(20_001)
                + "\"}"), 400, "text");
        assertProblem(api.post("api/requests/" + pensions + "/notes", agent, "{}"), 400, "text");
        assertThat(assertProblem(api.post("api/requests/" + pensions + "/transitions", agent,
                "{\"status\":\"REOPENED\",\"reason\":\"x\"}"), 409, "status")).contains("is NEW");
        assertProblem(api.post("api/requests/" + pensions + "/transitions", agent,
                "{\"status\":\"DONE\",\"reason\":\"x\"}"), 400, "status");
        assertProblem(api.post("api/requests/" + pensions + "/transitions", agent,
                "{\"status\":\"REFERRED\",\"reason\":\"x\"}"), 400, "referral");
        assertProblem(api.post("api/requests/" + pensions + "/transitions", agent,
                "{\"status\":\"REFERRED\",\"reason\":\"x\",\"referral\":{\"body\":\"inspectorate\"}}"), 400,
                "referral.reference");

        assertProblem(api.get("api/requests?size=0", agent), 400, "size");
        assertProblem(api.get("api/requests?from=yesterday", agent), 400, "from");
        assertProblem(api.get("api/requests?amka=123", agent), 400, "amka");
        assertProblem(api.get("api/requests?phone=abc", agent), 400, "phone");

        assertThat(api.read(pensions)).as("the request is as it was").isEqualTo(before);
        assertThat(api.total()).as("no request was made").isEqualTo(total);
    }
}
