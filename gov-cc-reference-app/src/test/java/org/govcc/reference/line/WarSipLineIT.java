package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SIP side of the deployed WAR: one WildFly process answers SIP with the ministry's flows, next to HTTP.
 * Real sipp peers on 127.0.0.1; the scenarios are the SIP module's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarSipLineIT {

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private static final Path SCENARIOS = Path.of("..", "gov-cc-sipservlet", "src", "test", "sipp").toAbsolutePath();
    private static final String TARGET = ReferenceServer.sipTarget();
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private final List<Sipp.SippProcess> peers = new ArrayList<>();

    @AfterEach
    void stopPeers() {
        peers.forEach(Sipp.SippProcess::close);
    }

    @Test
    void answersOptionsProbes() {
        Sipp.SippProcess probe = sipp("options", "options.xml", "1555");
        assertThat(probe.await(SIPP_TIMEOUT)).as(probe.log()).isZero();
    }

    @Test
    void answersTheMainLineWithTheMinistryFlowEndsTheCallOnByeAndRecordsIt() throws Exception {
        Instant before = Instant.now();
        Sipp.SippProcess caller = sipp("main", "caller_short.xml", "1555", "-d", "4000");
        assertThat(caller.await(SIPP_TIMEOUT)).as(caller.log()).isZero();

        // The call never reached a queue (no key pressed), and it still has its record: arrived, ended.
        String period = "api/calls/summary?from=" + before + "&to=" + Instant.now().plusSeconds(60);
        JsonNode[] summary = new JsonNode[1];
        assertThat(Eventually.holds(() -> {
            summary[0] = summary(period);
            return summary[0].get("arrived").asLong() == 1 && summary[0].get("inProgress").asLong() == 0;
        }, Duration.ofSeconds(10))).as("call records: %s", summary[0]).isTrue();
        assertThat(summary[0].get("endedBeforeAQueue").asLong()).isEqualTo(1);
        assertThat(summary[0].get("refused").asLong()).isZero();
    }

    @Test
    void aCallerAskingFor112OnALineWithoutATrunkIsKeptAndQueuedForASpecialist() throws Exception {
        Instant before = Instant.now();
        Sipp.SippProcess caller = start("complaint-0", List.of(TARGET, "-sf",
                Sipp.SCENARIOS.resolve("complaint_caller_presses_0.xml").toString(), "-s", "15510", "-i", "127.0.0.1",
                "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "90s"));

        // The default configuration has no trunk: the transfer fails at once, the caller hears "hang up and dial 112"
        // and goes on to the specialists' queue; the line never sends a BYE (the caller ends the call).
        String period = "api/calls/summary?from=" + before + "&to=" + before.plusSeconds(3600);
        assertThat(Eventually.holds(() -> summary(period).get("queued").asLong() == 1, Duration.ofSeconds(60)))
                .as("queued: %s %s", summary(period), caller.log()).isTrue();
        assertThat(caller.await(Duration.ofSeconds(90))).as("never hung up on: %s", caller.log()).isZero();
    }

    @Test
    void answersTheComplaintLine() {
        Sipp.SippProcess caller = sipp("complaints", "caller_short.xml", "15510", "-d", "2000");
        assertThat(caller.await(SIPP_TIMEOUT)).as(caller.log()).isZero();
    }

    @Test
    void registersAnAgentPhoneWithItsDigestPasswordAndRefusesAWrongOne() throws IOException {
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(ReferenceServer.agentPasswords())) {
            passwords.load(in);
        }
        String password = passwords.getProperty("agent01");
        assertThat(password).as("generated password of agent01").isNotBlank();

        Sipp.SippProcess good = register("agent01", password);
        assertThat(good.await(SIPP_TIMEOUT)).as(good.log()).isZero();
        Sipp.SippProcess bad = register("agent02", "not-" + password);
        assertThat(bad.await(SIPP_TIMEOUT)).as("a wrong password must not register").isNotZero();
    }

    private JsonNode summary(String path) {
        try {
            HttpResponse<String> response = WarHttp.get(base, path, ReferenceServer.staff(Staff.SUPERVISOR));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Sipp.SippProcess register(String agent, String password) {
        return start("register-" + agent, List.of(TARGET, "-sf", SCENARIOS.resolve("register.xml").toString(),
                "-s", agent, "-au", agent, "-ap", password, "-key", "contact_port", String.valueOf(Ports.free()),
                "-key", "expires", "60", "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "20s"));
    }

    private Sipp.SippProcess sipp(String name, String scenario, String number, String... extra) {
        List<String> args = new ArrayList<>(List.of(TARGET, "-sf", SCENARIOS.resolve(scenario).toString(),
                "-s", number, "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()),
                "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "40s"));
        args.addAll(List.of(extra));
        return start(name, args);
    }

    private Sipp.SippProcess start(String name, List<String> args) {
        Sipp.SippProcess process = Sipp.start(name, args);
        peers.add(process);
        return process;
    }
}
