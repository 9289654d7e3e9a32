package org.govcc.reference.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * The live wallboard's and the supervisor actions' REST resources on the deployed WAR: 401 for anonymous requests and
 * 403 for the wrong role on every one, the board pushed on connecting and after a change to several streams, the
 * refusals as problem+json naming the field, and an act audited with who, what and why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionIT {

    /** The ministry's roster: every agent is on the board. */
    private static final int ROSTER = org.govcc.reference.config.MinistryOfLabourLine.configuration().roster().size();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PUSH = Duration.ofSeconds(5);

    /** A resource, how it is called, and who may not call it. */
    private record Guarded(String method, String path, String body, List<String> refused) {
    }

    private static final String WHY = "{\"why\":\"test\"}";
    private static final List<Guarded> GUARDED = List.of(
            new Guarded("GET", "api/supervision/wallboard", null, List.of("agent01", "agent13")),
            new Guarded("GET", "api/supervision/wallboard/events", null, List.of("agent01")),
            new Guarded("GET", "api/supervision/alerts", null, List.of("agent01")),
            new Guarded("POST", "api/supervision/alerts/line-down:line/acknowledge", "{}",
                    List.of("agent01", Staff.ADMINISTRATOR)),
            new Guarded("POST", "api/supervision/agents/agent02/not-ready", "{\"reason\":\"meal\",\"why\":\"test\"}",
                    List.of("agent01", Staff.ADMINISTRATOR, "agent13")),
            new Guarded("POST", "api/supervision/agents/agent02/sign-out", WHY, List.of("agent01", Staff.ADMINISTRATOR)),
            new Guarded("POST", "api/supervision/agents/agent02/move",
                    "{\"from\":\"insurance-pensions\",\"to\":\"equality\",\"why\":\"test\"}",
                    List.of("agent01", Staff.ADMINISTRATOR)),
            new Guarded("POST", "api/supervision/agents/agent02/reset", WHY, List.of("agent01", Staff.ADMINISTRATOR)));

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyResourceAnswersAnAnonymousRequestWith401AndTheWrongRoleWith403AsProblemJson() {
        for (Guarded g : GUARDED) {
            HttpResponse<String> anonymous = WarHttp.exchange(base, g.method(), g.path(), null, g.body(),
                    "Accept", g.path().endsWith("events") ? "text/event-stream" : "application/json");
            assertThat(anonymous.statusCode()).as(g.method() + " " + g.path()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).as(g.path())
                    .contains("application/problem+json");
            for (String user : g.refused()) {
                HttpResponse<String> refused = WarHttp.exchange(base, g.method(), g.path(),
                        ReferenceServer.staff(user), g.body());
                assertThat(refused.statusCode()).as(g.method() + " " + g.path() + " as " + user).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
            }
        }
    }

    @Test
    void theBoardHasEveryQueueEveryAgentTodaysHalfHoursAndTheReasons() throws Exception {
        JsonNode board = json(WarHttp.get(base, "api/supervision/wallboard", supervisor()));

        assertThat(board.get("running").asBoolean()).isTrue();
        assertThat(board.get("serviceLevelTargetPercent").asInt()).isEqualTo(80);
        assertThat(board.get("queues").findValuesAsText("queue")).hasSize(7).contains("harassment-complaints");
        assertThat(board.get("queues").get(6).get("confidential").asBoolean()).isTrue();
        assertThat(board.get("agents")).hasSize(ROSTER);
        assertThat(board.get("agents").get(0).get("skills").get("insurance-pensions").asInt()).isEqualTo(5);
        assertThat(board.get("intervals").size()).isBetween(1, 48);
        assertThat(board.get("reasons").findValuesAsText("code")).contains("meal", "rest");
        assertThat(board.get("alerts").isArray()).isTrue();
        assertThat(json(WarHttp.get(base, "api/supervision/wallboard", ReferenceServer.staff(Staff.ADMINISTRATOR)))
                .get("agents")).as("administrators see it too").hasSize(ROSTER);
    }

    @Test
    void everyOpenStreamGetsTheBoardAtOnceAndAgainAfterAChange() throws Exception {
        try (SseReader first = SseReader.open(base.toURI().resolve("api/supervision/wallboard/events"), supervisor());
             SseReader second = SseReader.open(base.toURI().resolve("api/supervision/wallboard/events"),
                     supervisor())) {
            assertThat(first.next("board", PUSH)).as("the board on connecting").isNotNull();
            assertThat(second.next("board", PUSH)).isNotNull();

            HttpResponse<String> moved = post("api/supervision/agents/agent03/move",
                    "{\"from\":\"employment-training\",\"to\":\"welfare-benefits\",\"why\":\"welfare queue is long\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

            for (SseReader stream : List.of(first, second)) {
                SseReader.Event pushed = stream.next("board", PUSH);
                assertThat(pushed).as("a push after the move").isNotNull();
                JsonNode agent = JSON.readTree(pushed.data()).get("agents").get(2);
                assertThat(agent.get("agent").asText()).isEqualTo("agent03");
                assertThat(agent.get("skills").has("welfare-benefits")).isTrue();
                assertThat(agent.get("movedUntil").asText()).endsWith("Z");
            }
        } finally {
            post("api/supervision/agents/agent03/move",
                    "{\"from\":\"welfare-benefits\",\"to\":\"employment-training\",\"why\":\"back\"}");
        }
    }

    @Test
    void aQuietStreamSaysItIsAliveWithAHeartbeat() throws Exception {
        try (SseReader stream = SseReader.open(base.toURI().resolve("api/supervision/wallboard/events"),
                supervisor())) {
            SseReader.Event beat = stream.next("heartbeat", WallboardStream.HEARTBEAT.plusSeconds(5));

            assertThat(beat).as("a heartbeat within %s", WallboardStream.HEARTBEAT).isNotNull();
            assertThat(java.time.Instant.parse(beat.data().replace("\"", ""))).isNotNull();
        }
    }

    @Test
    void aMoveIsAuditedWithWhoWhatAndWhy() throws Exception {
        HttpResponse<String> moved = post("api/supervision/agents/agent05/move",
                "{\"from\":\"welfare-benefits\",\"to\":\"social-solidarity\",\"why\":\"cover for an absence\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).get("done").asText()).startsWith("moved from skill welfare-benefits to social-solidarity"
                + " until ");
        post("api/supervision/agents/agent05/move",
                "{\"from\":\"social-solidarity\",\"to\":\"welfare-benefits\",\"why\":\"absence covered\"}");

        JsonNode entries = json(WarHttp.get(base, "api/audit/entries?from=1&size=500",
                ReferenceServer.staff(Staff.ADMINISTRATOR)));
        assertThat(entries.toString()).contains("supervisor moved from skill welfare-benefits to social-solidarity")
                .contains("why: cover for an absence").contains(Staff.SUPERVISOR);
    }

    @Test
    void refusalsAreProblemJsonNamingTheFieldAndTheAgent() throws Exception {
        assertProblem(post("api/supervision/agents/nobody/sign-out", WHY), 404, "agent");
        assertProblem(post("api/supervision/agents/agent02/sign-out", "{}"), 422, "why");
        assertProblem(post("api/supervision/agents/agent02/not-ready", "{\"reason\":\"nap\",\"why\":\"x\"}"), 422,
                "reason");
        assertProblem(post("api/supervision/agents/agent02/move", "{\"from\":\"equality\",\"to\":\"welfare-benefits\","
                + "\"why\":\"x\"}"), 422, "from");
        assertProblem(post("api/supervision/agents/agent02/move", "{\"from\":\"insurance-pensions\",\"to\":\"cooking\","
                + "\"why\":\"x\"}"), 422, "to");
        assertProblem(post("api/supervision/agents/agent02/sign-out", "{\"why\":\"x\",\"when\":1}"), 400, "when");
        HttpResponse<String> loggedOut = post("api/supervision/agents/agent02/reset", WHY);
        assertThat(loggedOut.statusCode()).as("a logged-out agent: nothing to reset").isEqualTo(409);
        assertProblem(post("api/supervision/alerts/long-break:agent09/acknowledge", "{}"), 404, "id");
    }

    private void assertProblem(HttpResponse<String> r, int status, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(r).get("field").asText()).as(r.body()).isEqualTo(field);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return WarHttp.post(base, path, supervisor(), body);
    }

    private static Staff supervisor() {
        return ReferenceServer.staff(Staff.SUPERVISOR);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
