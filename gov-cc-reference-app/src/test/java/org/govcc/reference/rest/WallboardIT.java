package org.govcc.reference.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.govcc.reference.testing.WarHttp;
import org.junit.jupiter.api.Test;

/** The deployed WAR reports live queue statistics for every topic of the line. */
class WallboardIT {

    @Test
    void reportsEveryTopicsQueueWithItsNamesAndTheAgentsLoggedOutUntilTheirPhonesRegister() throws Exception {
        HttpResponse<String> response = WarHttp.get("api/wallboard");

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
        assertThat(agents).isEqualTo(14);
    }

    @Test
    void servesTheWallboardPage() throws Exception {
        HttpResponse<String> response = WarHttp.get("wallboard.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Πίνακας εποπτείας").contains("api/wallboard");
    }
}
