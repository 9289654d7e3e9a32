package org.govcc.reference.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.http.HttpResponse;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.WarHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed WAR on WildFly answers {@code GET /api/lines} with both lines. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LineStatusIT {

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void reportsBothLinesAndTheComplaintLineIsAlwaysOpen() throws Exception {
        HttpResponse<String> response = WarHttp.get(base, "api/lines");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode lines = new ObjectMapper().readTree(response.body());
        assertThat(lines.findValuesAsText("line")).containsExactly("main", "complaints");
        JsonNode complaints = lines.get(1);
        assertThat(complaints.get("number").asText()).isEqualTo("15510");
        assertThat(complaints.get("open").asBoolean()).isTrue();
        assertThat(complaints.get("names").get("el").asText()).startsWith("Γραμμή καταγγελιών");
        JsonNode main = lines.get(0);
        if (!main.get("open").asBoolean()) {
            assertThat(main.get("closedReason").asText()).isIn("OUTSIDE_HOURS", "PUBLIC_HOLIDAY", "EXTRA_CLOSURE");
            assertThat(main.get("nextOpening").asText()).contains("T08:00");
        }
    }

    @Test
    void servesTheStatusPageInGreekAndEnglish() throws Exception {
        HttpResponse<String> response = WarHttp.get(base, "");
        assertThat(response.statusCode()).isEqualTo(200);
        // Greek in the page itself; the English comes from the pages' one string module.
        assertThat(response.body()).contains("Γραμμή εξυπηρέτησης πολιτών").contains("assets/js/status.js");
        HttpResponse<String> strings = WarHttp.get(base, "assets/js/i18n.js");
        assertThat(strings.statusCode()).isEqualTo(200);
        assertThat(strings.body()).contains("Citizen service line");
    }
}
