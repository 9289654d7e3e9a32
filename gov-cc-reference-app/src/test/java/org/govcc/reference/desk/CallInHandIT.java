package org.govcc.reference.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govcc.reference.desk.DeskClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an agent does with the call in hand, over the deployed line with sipp phones and callers: hold (the caller
 * hears the hold prompt, captured from the RTP the line sends them, and only while held), take back, hang up from the
 * desktop (both phones get a BYE), and transfer to another topic's queue, where the next agent answers the same call;
 * the call's record keeps the holds, their time and one leg per agent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallInHandIT {

    private static final Path LINE_SCENARIOS = LinePeers.LINE_SCENARIOS;
    private static final Path SCENARIOS = Sipp.SCENARIOS;

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private DeskClient client;
    private final List<Sipp.SippProcess> peers = new ArrayList<>();

    @BeforeEach
    void client() {
        client = new DeskClient(base);
    }

    @AfterEach
    void stopPeers() {
        peers.forEach(Sipp.SippProcess::close);
    }

    @Test
    void aHeldCallerHearsTheHoldPromptOnlyWhileHeldAndTheDesktopsHangUpEndsBothLegs() throws Exception {
        for (String command : List.of("hold", "take-back", "hang-up")) {
            assertThat(client.send("POST", "api/agent/" + command, null, null).statusCode()).as(command)
                    .isEqualTo(401);
            assertThat(client.send("POST", "api/agent/" + command, Staff.SUPERVISOR, null).statusCode()).as(command)
                    .isEqualTo(403);
            assertThat(client.send("POST", "api/agent/" + command, "agent13", null).statusCode())
                    .as("%s while not talking", command).isEqualTo(409);
        }
        int phonePort = Ports.free();
        Sipp.SippProcess phone = phone("agent13", phonePort, "agent_answer_await_bye.xml");
        client.register("agent13", phonePort, 600);
        assertThat(client.send("POST", "api/agent/sign-in", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(client.send("POST", "api/agent/ready", "agent13", null).statusCode()).isEqualTo(200);
        try (RtpListener ear = new RtpListener()) {
            Sipp.SippProcess caller = Sipp.start("complaint-listener", List.of(ReferenceServer.sipTarget(), "-sf",
                    SCENARIOS.resolve("complaint_listener_info_1_await_bye.xml").toString(), "-s", "15510",
                    "-key", "listen_port", String.valueOf(ear.port()), "-i", "127.0.0.1",
                    "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.free()), "-m", "1",
                    "-timeout", "150s"));
            peers.add(caller);
            assertThat(Eventually.holds(() -> client.state("agent13").equals("TALKING"), Duration.ofSeconds(60)))
                    .isTrue();
            assertThat(ear.soundSince(0)).as("the IVR's prompts reached the caller's socket").isPositive();
            assertThat(ear.quietFor(Duration.ofMillis(1500), Duration.ofSeconds(5)))
                    .as("bridged to a phone that sends nothing, the caller hears nothing of the line's own").isTrue();

            long held = RtpListener.now();
            JsonNode holding = json(client.send("POST", "api/agent/hold", "agent13", null));
            assertThat(holding.get("state").asText()).isEqualTo("TALKING");
            assertThat(holding.get("heldSince").asText()).isNotBlank();
            assertThat(Eventually.holds(() -> ear.soundSince(held) >= 25, Duration.ofSeconds(10)))
                    .as("the held caller hears the hold prompt").isTrue();
            assertThat(client.send("POST", "api/agent/hold", "agent13", null).statusCode())
                    .as("already on hold").isEqualTo(409);

            JsonNode back = json(client.send("POST", "api/agent/take-back", "agent13", null));
            assertThat(back.hasNonNull("heldSince")).as("%s", back).isFalse();
            assertThat(ear.quietFor(Duration.ofMillis(1500), Duration.ofSeconds(5)))
                    .as("taken back, the caller is bridged to the agent again").isTrue();
            assertThat(client.send("POST", "api/agent/take-back", "agent13", null).statusCode())
                    .as("not on hold").isEqualTo(409);

            long again = RtpListener.now();
            assertThat(client.send("POST", "api/agent/hold", "agent13", null).statusCode()).isEqualTo(200);
            assertThat(Eventually.holds(() -> ear.soundSince(again) >= 10, Duration.ofSeconds(10))).isTrue();
            JsonNode hungUp = json(client.send("POST", "api/agent/hang-up", "agent13", null));
            assertThat(hungUp.get("state").asText()).isEqualTo("WRAP_UP");
            String call = hungUp.get("call").asText();
            assertThat(phone.await(Duration.ofSeconds(20))).as("the agent's phone got the BYE: %s", phone.log())
                    .isZero();
            assertThat(caller.await(Duration.ofSeconds(20))).as("the caller got the BYE: %s", caller.log()).isZero();

            assertThat(client.send("POST", "api/agent/wrap-up", "agent13", "{\"code\":\"complaint-recorded\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(Eventually.holds(() -> record(call).path("holds").asInt() == 2
                    && record(call).path("wrapUpCode").asText().equals("complaint-recorded"), Duration.ofSeconds(10)))
                    .as("record %s", record(call)).isTrue();
            JsonNode record = record(call);
            assertThat(record.get("holdMs").asLong()).isPositive().isLessThan(record.get("talkMs").asLong());
            assertThat(client.send("POST", "api/agent/sign-out", "agent13", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aCallTransferredToAQueueWhileHeldIsAnsweredThereByTheNextAgentAndKeepsBothLegs() throws Exception {
        int first = Ports.free();
        int second = Ports.free();
        phone("agent13", first, "agent_answer_await_bye.xml");
        peers.add(Sipp.start("agent14-phone", List.of(ReferenceServer.sipTarget(), "-sf",
                LINE_SCENARIOS.resolve("agent_answer_then_bye.xml").toString(), "-d", "4000", "-i", "127.0.0.1",
                "-p", String.valueOf(second), "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "120s")));
        client.register("agent13", first, 600);
        client.register("agent14", second, 600);
        assertThat(client.send("POST", "api/agent/sign-in", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(client.send("POST", "api/agent/ready", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(client.send("POST", "api/agent/sign-in", "agent14", null).statusCode()).isEqualTo(200);
        peers.add(Sipp.start("complaint-caller-q", List.of(ReferenceServer.sipTarget(), "-sf",
                SCENARIOS.resolve("complaint_caller_presses_1.xml").toString(), "-s", "15510", "-i", "127.0.0.1",
                "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "120s")));
        assertThat(Eventually.holds(() -> client.state("agent13").equals("TALKING"), Duration.ofSeconds(60)))
                .isTrue();
        String call = json(client.send("GET", "api/agent", "agent13", null)).get("call").asText();
        assertThat(client.send("POST", "api/agent/ready", "agent14", null).statusCode()).isEqualTo(200);
        assertThat(client.send("POST", "api/agent/hold", "agent13", null).statusCode()).isEqualTo(200);

        JsonNode after = json(client.send("POST", "api/agent/transfer", "agent13",
                "{\"topic\":\"harassment-complaints\"}"));

        assertThat(after.get("state").asText()).isEqualTo("WRAP_UP");
        assertThat(Eventually.holds(() -> client.state("agent14").equals("TALKING"), Duration.ofSeconds(30)))
                .as("the queue's next officer answered").isTrue();
        JsonNode second14 = json(client.send("GET", "api/agent", "agent14", null));
        assertThat(second14.get("call").asText()).isEqualTo(call);
        assertThat(second14.hasNonNull("heldSince")).as("the next agent starts with the caller joined").isFalse();
        assertThat(Eventually.holds(() -> client.state("agent14").equals("WRAP_UP"), Duration.ofSeconds(30)))
                .isTrue();
        for (String officer : List.of("agent13", "agent14")) {
            assertThat(client.send("POST", "api/agent/wrap-up", officer, "{\"code\":\"complaint-recorded\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(client.send("POST", "api/agent/sign-out", officer, null).statusCode()).isEqualTo(200);
        }
        assertThat(Eventually.holds(() -> record(call).path("legs").size() == 2, Duration.ofSeconds(10))).isTrue();
        JsonNode record = record(call);
        assertThat(record.get("agent").asText()).isEqualTo("agent14");
        assertThat(record.get("legs").findValuesAsText("agent")).containsExactly("agent13", "agent14");
        assertThat(record.get("legs").get(0).get("transferred").asBoolean()).isTrue();
        assertThat(record.get("holds").asInt()).as("the hold ended with the transfer").isEqualTo(1);
    }

    private Sipp.SippProcess phone(String agent, int port, String scenario) throws Exception {
        Sipp.SippProcess phone = Sipp.start(agent + "-phone", List.of(ReferenceServer.sipTarget(), "-sf",
                LINE_SCENARIOS.resolve(scenario).toString(), "-i", "127.0.0.1", "-p", String.valueOf(port),
                "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "120s"));
        peers.add(phone);
        return phone;
    }

    private JsonNode record(String call) {
        return json(client.send("GET", "api/calls/" + call, Staff.SUPERVISOR, null));
    }
}
