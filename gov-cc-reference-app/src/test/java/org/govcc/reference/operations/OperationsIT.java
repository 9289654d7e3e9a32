package org.govcc.reference.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed line reports its health through WildFly's MicroProfile Health (on the management interface of the
 * server Arquillian started) and its metrics in Prometheus format.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void isReadyWithTheSipLineListeningAndTheDatabaseAnswering() throws Exception {
        HttpResponse<String> response = WarHttp.management("health/ready");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(check(health, LineReadiness.NAME).get("status").asText()).isEqualTo("UP");
        assertThat(check(health, LineReadiness.NAME).get("data").get("sip").asText()).endsWith(":"
                + ReferenceServer.sipPort());
        assertThat(check(health, DatabaseReadiness.NAME).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void isAliveWhileTheCallRecordsAreBeingWritten() throws Exception {
        HttpResponse<String> response = WarHttp.management("health/live");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(check(health, RecorderLiveness.NAME).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsShowACallInProgressAndThenQueuedOnTheComplaintLine() throws Exception {
        double before = metric("govcc_queue_waiting", "queue", "harassment-complaints").orElse(0.0);
        // A caller who presses 1 in the options menu is put through to the specialists' queue.
        try (Sipp.SippProcess caller = Sipp.start("metrics-caller", List.of(ReferenceServer.sipTarget(),
                "-sf", Sipp.SCENARIOS.resolve("complaint_caller_presses_1.xml").toString(), "-s", "15510",
                "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.free()),
                "-m", "1", "-timeout", "90s"))) {
            assertThat(Eventually.holds(() -> metric("govcc_calls_in_progress", "line", "complaints")
                    .orElse(0.0) >= 1, Duration.ofSeconds(10))).as(caller.log()).isTrue();
            assertThat(Eventually.holds(() -> metric("govcc_queue_waiting", "queue", "harassment-complaints")
                    .orElse(0.0) >= before + 1, Duration.ofSeconds(50))).as(caller.log()).isTrue();
            assertThat(metric("govcc_queue_longest_wait_seconds", "queue", "harassment-complaints")).isPresent();
        }
        assertThat(metric("govcc_agents", "state", "logged_out")).isPresent();
        assertThat(metric("govcc_call_records_backlog", null, null)).isPresent();
        assertThat(metric("govcc_call_records_write_failures_total", null, null)).contains(0.0);
    }

    @Test
    void answersJsonThroughJsonBindingWithoutMoxyOrJacksonTakingOver() throws Exception {
        assertThat(WarHttp.get(base, "api/wallboard", ReferenceServer.staff(Staff.SUPERVISOR)).statusCode())
                .isEqualTo(200);
        assertThat(WarHttp.get(base, "api/lines").statusCode()).isEqualTo(200);

        List<String> log = Files.readAllLines(ReferenceServer.serverLog());
        int start = 0;
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains("WFLYSRV0049")) { // "WildFly ... starting": this server's part of the log
                start = i;
            }
        }
        assertThat(log.subList(start, log.size())).as("server log since its start").noneMatch(
                line -> line.contains("zero argument constructor") || line.contains("WFLYRS0018"));
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    /** Returns the value of a metric sample (with the one label given, or none), if the scrape has it. */
    private Optional<Double> metric(String name, String label, String value) {
        String body;
        try {
            HttpResponse<String> response = WarHttp.get(base, "metrics", ReferenceServer.staff(Staff.ADMINISTRATOR));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/plain"));
            body = response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String labels = label == null ? "" : "\\{[^}]*" + label + "=\"" + Pattern.quote(value) + "\"[^}]*\\}";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + labels + " ([0-9.eE+-]+)$").matcher(body);
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }
}
