package org.govcc.reference.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The deployed WAR reports live queue statistics for every topic of the line. */
class WallboardIT {

    private static final String BASE = System.getProperty("govcc.it.baseUrl", "http://127.0.0.1:8180/gov-cc/");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void reportsEveryTopicsQueueWithItsNamesAndTheAgentsLoggedOutUntilTheirPhonesRegister() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(BASE + "api/wallboard")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

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
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(BASE + "wallboard.html")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Πίνακας εποπτείας").contains("api/wallboard");
    }
}
