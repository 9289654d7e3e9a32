package org.govcc.reference.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.Trees;
import org.govcc.reference.testing.WildFlyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The WAR refuses to start a line whose configuration has problems: the deployment fails, and both its failure and
 * the server log list every problem with its file, line and pointer. A WildFly of the test's own.
 */
@OwnServers
class BadConfigurationIT {

    private static final Path EXAMPLE = Path.of(System.getProperty("govcc.it.examples", "../examples"))
            .resolve("digital-governance").toAbsolutePath().normalize();

    private WildFlyServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDeploymentFailsListingEveryProblem() throws IOException {
        Path dir = Path.of("target", "bad-configuration").toAbsolutePath();
        Trees.replaceWithCopy(EXAMPLE, dir);
        replace(dir.resolve("queues.json"), "\"topic\": \"certificates\"", "\"topic\": \"certificate\"");
        replace(dir.resolve("roster.json"), "\"digital-wallet\": 5", "\"wallet\": 5");
        replace(dir.resolve("calendar.json"), "[\"09:00-17:00\"]", "[\"09:00-17:00\", \"16:00-18:00\"]");
        replace(dir.resolve("flows/digital-main.json"), "\"closed.hours\"", "\"closed.later\"");
        server = WildFlyServer.builder("bad-configuration", Integer.getInteger("govcc.it.example.portOffset", 150))
                .systemProperty("govcc.config", dir.toString())
                .systemProperty("govcc.sip.port", System.getProperty("govcc.it.example.sipPort", "5170"))
                .systemProperty("govcc.rtp.ports", System.getProperty("govcc.it.example.rtpPorts", "34000-34198"))
                .build();

        String failure = server.startExpectingDeploymentFailure();

        String log = Files.readString(server.serverLog(), StandardCharsets.UTF_8);
        for (String text : new String[] {
            "problems in the line configuration " + dir,
            dir.resolve("queues.json") + ":", "/queues/2/topic: unknown topic 'certificate'",
            dir.resolve("roster.json") + ":", "/agents/1/skills/wallet: unknown skill 'wallet'",
            dir.resolve("calendar.json") + ":", "/schedules/0/weekly/0/hours/1:", "16:00-18:00 overlaps 09:00-17:00",
            dir.resolve("flows/digital-main.json") + ":", "closed.later"}) {
            assertThat(failure).as("the deployment's failure").contains(text);
            assertThat(log).as("the server log").contains(text);
        }
        assertThat(log).contains("gov-cc refuses to start the line");
    }


    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
