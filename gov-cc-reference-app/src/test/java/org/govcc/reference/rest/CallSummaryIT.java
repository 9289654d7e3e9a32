package org.govcc.reference.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * The deployed WAR answers {@code GET /api/calls/summary} with figures only, and refuses a period it cannot read.
 * (That the line's calls reach the records is checked with real calls in {@code WarSipLineIT}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallSummaryIT {

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private static Staff supervisor() {
        return ReferenceServer.staff(Staff.SUPERVISOR);
    }

    @Test
    void summarisesTodayInAthensWithFiguresOnly() throws Exception {
        HttpResponse<String> response = WarHttp.get(base, "api/calls/summary", supervisor());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = new ObjectMapper().readTree(response.body());
        assertThat(summary.get("from").asText()).matches("\\d{4}-\\d\\d-\\d\\dT2[12]:00:00Z");
        assertThat(summary.get("arrived").asLong()).isGreaterThanOrEqualTo(summary.get("answered").asLong());
        assertThat(summary.findValuesAsText("caller")).as("no caller in it").isEmpty();
    }

    @Test
    void refusesAPeriodItCannotReadWithTheReason() throws Exception {
        HttpResponse<String> malformed = WarHttp.get(base,
                "api/calls/summary?from=yesterday&to=2026-11-30T00:00:00Z", supervisor());
        HttpResponse<String> reversed = WarHttp.get(base,
                "api/calls/summary?from=2026-11-30T00:00:00Z&to=2026-11-29T00:00:00Z", supervisor());
        HttpResponse<String> tooLong = WarHttp.get(base,
                "api/calls/summary?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z", supervisor());

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("ISO-8601").contains("yesterday");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("ends before it starts");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("31 days");
    }
}
