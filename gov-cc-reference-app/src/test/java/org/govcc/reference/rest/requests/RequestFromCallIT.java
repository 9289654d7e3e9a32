package org.govcc.reference.rest.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.cases.CaseId;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.reference.cdi.CallRecorder;
import org.govcc.reference.cdi.CallRecordsService;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.sip.testing.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request opened over HTTP for a call the line recorded is written into the call's record and found by the
 * caller's number; a call of another line is refused. Inside the server: the call comes in as the line's events,
 * given to the real {@code CallRecorder} (a client cannot learn a call's id); the request goes through HTTP, signed in
 * as the agent who answered.
 */
@ExtendWith(ArquillianExtension.class)
class RequestFromCallIT {

    private static final PhoneNumber CALLER = new PhoneNumber("2107654321");

    /** The built WAR, plus this class and what it needs inside the server (AssertJ, the bounded wait, Staff). */
    @Deployment
    static WebArchive war() {
        return ReferenceWar.asBuilt()
                .addClasses(RequestFromCallIT.class, Eventually.class, Staff.class)
                .addAsLibraries(ReferenceWar.libraryOf(Assertions.class));
    }

    @ArquillianResource
    URL base;

    @Inject
    CallRecorder recorder;

    @Inject
    CallRecordsService records;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRequestOpenedForARecordedCallIsWrittenIntoItsRecordAndFoundByTheCallersNumber() throws Exception {
        CallId call = new CallId("from-call-it-" + UUID.randomUUID());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        recorder.onEvent(new CallCentreEvent.CallArrived(at, Call.inbound(call, new LineId("main"),
                CallerId.of(CALLER), Language.GREEK, at)));
        recorder.onEvent(new CallCentreEvent.CallConnected(at.plusSeconds(30), call, new AgentId("agent01"),
                Duration.ofSeconds(30)));
        CallId complaint = new CallId("from-call-it-" + UUID.randomUUID());
        recorder.onEvent(new CallCentreEvent.CallArrived(at, Call.inbound(complaint, new LineId("complaints"),
                CallerId.anonymous(), Language.GREEK, at)));
        assertThat(Eventually.holds(() -> records.find(call).isPresent() && records.find(complaint).isPresent(),
                Duration.ofSeconds(10))).isTrue();
        Staff agent = Staff.in(Path.of(System.getProperty("jboss.server.data.dir")), "agent01");

        HttpResponse<String> created = post(agent, "{\"line\":\"main\",\"topic\":\"insurance-pensions\",\"call\":\""
                + call + "\",\"subject\":\"asked during the call\"}");
        HttpResponse<String> wrongLine = post(agent, "{\"line\":\"main\",\"topic\":\"insurance-pensions\","
                + "\"call\":\"" + complaint + "\",\"subject\":\"x\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode request = new ObjectMapper().readTree(created.body());
        assertThat(request.get("call").asText()).isEqualTo(call.value());
        assertThat(records.find(call).orElseThrow().request()).contains(new CaseId(request.get("id").asText()));
        HttpResponse<String> byPhone = get(agent, "api/requests?phone=" + CALLER.digits());
        assertThat(new ObjectMapper().readTree(byPhone.body()).get("requests")).extracting(r -> r.get("id").asText())
                .containsExactly(request.get("id").asText());
        assertThat(wrongLine.statusCode()).as(wrongLine.body()).isEqualTo(422);
        assertThat(new ObjectMapper().readTree(wrongLine.body()).get("field").asText()).isEqualTo("line");
        assertThat(records.find(complaint).orElseThrow().request()).as("nothing written").isEmpty();
    }

    private HttpResponse<String> post(Staff as, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/requests"))
                .header("Authorization", as.authorization()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(Staff as, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", as.authorization())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
