package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.govcc.reference.config.ServiceLine;
import org.govcc.reference.testing.OwnServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same WAR, started with the example's configuration directory alone ({@code examples/digital-governance},
 * {@code -Dgovcc.config}), answers as that line: its number, its three queues (and the published schemas), its menu
 * and its hours, whichever the configured calendar gives now (see {@link ExampleLineOppositeHoursIT} for the
 * other). A WildFly of the test's own, beside the build's.
 */
@OwnServers
class ExampleLineIT {

    private static ExampleLine line;

    @BeforeAll
    static void start() {
        line = new ExampleLine("example-line", ExampleLine.EXAMPLE);
    }

    @AfterAll
    static void stop() {
        if (line != null) {
            line.close();
        }
    }

    @Test
    void itsLineAndItsQueuesAreTheOnesServed() throws Exception {
        JsonNode lines = line.json("api/lines");
        assertThat(lines).hasSize(1);
        ServiceLine configured = line.configuration().lines().get(0);
        assertThat(lines.get(0).get("number").asText()).isEqualTo(configured.number().digits()).isEqualTo("1566");
        assertThat(lines.get(0).get("open").asBoolean())
                .isEqualTo(line.configuration().calendar().statusAt(configured.schedule(), Instant.now()).isOpen());

        Set<String> queues = new TreeSet<>();
        line.json("api/wallboard").get("queues").forEach(q -> queues.add(q.get("queue").asText()));
        assertThat(queues).containsExactly("certificates", "codes", "wallet");
        assertThat(Files.readString(line.server().serverLog()))
                .contains("configuration loaded from " + ExampleLine.EXAMPLE);
        HttpClient http = HttpClient.newHttpClient();
        for (String schema : new String[] {"lines", "ivr-flow"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(line.server().baseUrl() + "schemas/"
                    + schema + ".schema.json")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("the published schema " + schema).isEqualTo(200);
            assertThat(r.body()).contains("\"$id\": \"urn:govcc:");
        }
    }

    @Test
    void pressingTwoReachesTheAccessCodesAgentWhenOpenAndTheClosedMessageOtherwise() throws Exception {
        line.callPressingTwo();
    }
}
