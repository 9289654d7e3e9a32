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

/** The deployed WAR reports live queue statistics for every topic of the line. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WallboardIT {

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void reportsEveryTopicsQueueWithItsNamesAndTheAgentsLoggedOutUntilTheirPhonesRegister() throws Exception {
        HttpResponse<String> response = WarHttp.get(base, "api/wallboard", ReferenceServer.staff(Staff.SUPERVISOR));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode board = new ObjectMapper().readTree(response.body());
        assertThat(board.get("running").asBoolean()).isTrue();
        assertThat(board.get("queues").findValuesAsText("queue")).containsExactly("insurance-pensions",
                "employment-training", "welfare-benefits", "labour-relations", "social-solidarity", "equality",
                "harassment-complaints");
        assertThat(board.get("queues").get(0).get("names").get("el").asText()).isEqualTo("Ασφάλιση και συντάξεις");
        assertThat(board.get("total").get("queue").asText()).isEqualTo("*");
        int agents = 0;
        for (JsonNode count : board.get("agentsByStatus")) {
            agents += count.asInt();
        }
        assertThat(agents).as("the roster").isEqualTo(16);
    }

    @Test
    void servesTheWallboardPage() throws Exception {
        HttpResponse<String> response = WarHttp.get(base, "wallboard.html", ReferenceServer.staff(Staff.SUPERVISOR));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Πίνακας εποπτείας").contains("assets/js/wallboard.js");
        HttpResponse<String> script = WarHttp.get(base, "assets/js/wallboard.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("api/supervision/wallboard/events");
    }
}
