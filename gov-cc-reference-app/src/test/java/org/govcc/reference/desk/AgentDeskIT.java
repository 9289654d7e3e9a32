package org.govcc.reference.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govcc.reference.desk.DeskClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * An agent works the deployed line from the desk's REST resource and stream: signs in with a registered sipp phone,
 * gets ready, is offered a complaint call whose screen pop arrives pushed and shows nothing of the caller, talks,
 * plans a break, wraps up with a code (refused without one), and the call's record holds talk, wrap-up and code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentDeskIT {

    private static final Path LINE_SCENARIOS = LinePeers.LINE_SCENARIOS;

    /** The WAR the build made, deployed as it is (testable = false: nothing of Arquillian's is added to it). */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private DeskClient client;
    private final List<Sipp.SippProcess> peers = new ArrayList<>();
    private final List<CompletableFuture<?>> streams = new ArrayList<>();

    @BeforeEach
    void client() {
        client = new DeskClient(base);
    }

    @AfterEach
    void stopPeers() {
        streams.forEach(s -> s.cancel(true));
        peers.forEach(Sipp.SippProcess::close);
    }

    @Test
    void onlyTheRostersAgentsHaveADeskAndAPhoneMustRegisterBeforeSigningIn() throws Exception {
        assertThat(client.send("GET", "api/agent", null, null).statusCode()).isEqualTo(401);
        assertThat(client.send("GET", "api/agent", Staff.SUPERVISOR, null).statusCode()).isEqualTo(403);
        HttpResponse<String> admin = client.send("POST", "api/agent/sign-in", Staff.ADMINISTRATOR, null);
        assertThat(admin.statusCode()).isEqualTo(403);

        HttpResponse<String> desk = client.send("GET", "api/agent", "agent05", null);
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(json(desk).get("state").asText()).isEqualTo("LOGGED_OUT");
        assertThat(json(desk).get("reasons").findValuesAsText("code")).contains("rest", "meal", "training");

        HttpResponse<String> noPhone = client.send("POST", "api/agent/sign-in", "agent05", null);
        assertThat(noPhone.statusCode()).isEqualTo(409);
        assertThat(noPhone.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(noPhone.body()).contains("register your phone");
        assertThat(json(client.send("GET", "api/agent", "agent05", null)).get("state").asText())
                .isEqualTo("LOGGED_OUT");
    }

    @Test
    void aPhoneThatStopsRegisteringMakesAWaitingAgentNotReadyWithTheReasonShown() throws Exception {
        client.register("agent06", Ports.free(), 300);
        assertThat(client.send("POST", "api/agent/sign-in", "agent06", null).statusCode()).isEqualTo(200);
        assertThat(json(client.send("POST", "api/agent/ready", "agent06", null)).get("state").asText())
                .isEqualTo("AVAILABLE");

        client.register("agent06", Ports.free(), 0);

        JsonNode desk = json(client.send("GET", "api/agent", "agent06", null));
        assertThat(desk.get("state").asText()).isEqualTo("ON_BREAK");
        assertThat(desk.get("reason").get("code").asText()).isEqualTo("phone-unregistered");
        assertThat(desk.get("reason").get("names").get("en").asText()).isEqualTo("The phone is not registered");
        assertThat(desk.get("phoneRegistered").asBoolean()).isFalse();
    }

    @Test
    void anAgentIsOfferedACallWithItsScreenPopTalksAndWrapsUpWithACode() throws Exception {
        int phonePort = Ports.free();
        peers.add(Sipp.start("agent13-phone", List.of(ReferenceServer.sipTarget(), "-sf",
                LINE_SCENARIOS.resolve("agent_answer_then_bye.xml").toString(), "-d", "6000", "-i", "127.0.0.1",
                "-p", String.valueOf(phonePort), "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "120s")));
        client.register("agent13", phonePort, 600);
        BlockingQueue<String> events = stream("agent13");

        JsonNode signedIn = json(client.send("POST", "api/agent/sign-in", "agent13", null));
        assertThat(signedIn.get("state").asText()).isEqualTo("ON_BREAK");
        assertThat(signedIn.get("reason").get("code").asText()).isEqualTo("signed-in");
        HttpResponse<String> bogus = client.send("POST", "api/agent/not-ready", "agent13", "{\"reason\":\"bogus\"}");
        assertThat(bogus.statusCode()).isEqualTo(422);
        assertThat(json(bogus).get("field").asText()).isEqualTo("reason");
        assertThat(json(client.send("POST", "api/agent/ready", "agent13", null)).get("state").asText())
                .isEqualTo("AVAILABLE");

        peers.add(Sipp.start("complaint-caller", List.of(ReferenceServer.sipTarget(), "-sf",
                Sipp.SCENARIOS.resolve("complaint_caller_presses_1.xml").toString(), "-s", "15510", "-i", "127.0.0.1",
                "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "120s")));

        JsonNode pop = event(events, "offer", Duration.ofSeconds(60));
        assertThat(pop.get("line").asText()).isEqualTo("complaints");
        assertThat(pop.get("confidential").asBoolean()).isTrue();
        assertThat(pop.get("topic").get("id").asText()).isEqualTo("harassment-complaints");
        assertThat(pop.get("body").get("id").asText()).isEqualTo("gsgedv");
        assertThat(pop.has("callerNumber")).as("no number on the confidential line: %s", pop).isFalse();
        assertThat(pop.get("identifiers")).isEmpty();
        assertThat(pop.get("earlierCalls")).isEmpty();
        String call = pop.get("call").asText();

        assertThat(Eventually.holds(() -> client.state("agent13").equals("TALKING"), Duration.ofSeconds(20))).isTrue();
        JsonNode planned = json(client.send("PUT", "api/agent/next", "agent13", "{\"notReady\":\"meal\"}"));
        assertThat(planned.get("next").get("notReady").asText()).isEqualTo("meal");

        // The phone hangs up after 6 s: after-call work, with its timer and the codes of the complaint queue.
        assertThat(Eventually.holds(() -> client.state("agent13").equals("WRAP_UP"), Duration.ofSeconds(30))).isTrue();
        JsonNode wrapUp = json(client.send("GET", "api/agent", "agent13", null)).get("wrapUp");
        assertThat(wrapUp.get("queue").asText()).isEqualTo("harassment-complaints");
        assertThat(wrapUp.get("codeRequired").asBoolean()).isTrue();
        assertThat(wrapUp.get("endsAt").asText()).isNotBlank();
        assertThat(wrapUp.get("codes").findValuesAsText("code")).contains("complaint-recorded", "referred-to-112");
        HttpResponse<String> noCode = client.send("POST", "api/agent/wrap-up", "agent13", "{}");
        assertThat(noCode.statusCode()).isEqualTo(422);
        assertThat(json(noCode).get("field").asText()).isEqualTo("code");
        assertThat(client.send("POST", "api/agent/wrap-up", "agent13", "{\"code\":\"no-such-code\"}").statusCode())
                .isEqualTo(422);
        assertThat(client.state("agent13")).isEqualTo("WRAP_UP");

        JsonNode after = json(client.send("POST", "api/agent/wrap-up", "agent13", "{\"code\":\"complaint-recorded\"}"));
        assertThat(after.get("state").asText()).isEqualTo("ON_BREAK");
        assertThat(after.get("reason").get("code").asText()).isEqualTo("meal");

        JsonNode record = json(client.send("GET", "api/calls/" + call, Staff.SUPERVISOR, null));
        assertThat(Eventually.holds(() -> json(client.send("GET", "api/calls/" + call, Staff.SUPERVISOR, null))
                .path("wrapUpCode").asText().equals("complaint-recorded"), Duration.ofSeconds(10)))
                .as("call record %s", record).isTrue();
        record = json(client.send("GET", "api/calls/" + call, Staff.SUPERVISOR, null));
        assertThat(record.get("agent").asText()).isEqualTo("agent13");
        assertThat(record.get("talkMs").asLong()).isBetween(4_000L, 30_000L);
        assertThat(record.get("wrapUpMs").asLong()).isPositive();

        assertThat(json(client.send("POST", "api/agent/ready", "agent13", null)).get("state").asText())
                .isEqualTo("AVAILABLE");
        assertThat(json(client.send("POST", "api/agent/sign-out", "agent13", null)).get("state").asText())
                .isEqualTo("LOGGED_OUT");
    }

    @Test
    void aComplaintOfficerTransfersTheCallToAnotherOfficerOnlyAndTheCallerStaysOnTheLine() throws Exception {
        int first = Ports.free();
        int second = Ports.free();
        peers.add(Sipp.start("agent13-phone", List.of(ReferenceServer.sipTarget(), "-sf",
                LINE_SCENARIOS.resolve("agent_answer_await_bye.xml").toString(), "-i", "127.0.0.1",
                "-p", String.valueOf(first), "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "120s")));
        peers.add(Sipp.start("agent14-phone", List.of(ReferenceServer.sipTarget(), "-sf",
                LINE_SCENARIOS.resolve("agent_answer_then_bye.xml").toString(), "-d", "4000", "-i", "127.0.0.1",
                "-p", String.valueOf(second), "-mp", String.valueOf(Ports.free()), "-m", "1", "-timeout", "120s")));
        client.register("agent13", first, 600);
        client.register("agent14", second, 600);
        assertThat(client.send("POST", "api/agent/sign-in", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(client.send("POST", "api/agent/ready", "agent13", null).statusCode()).isEqualTo(200);
        assertThat(client.send("POST", "api/agent/sign-in", "agent14", null).statusCode()).isEqualTo(200);
        peers.add(Sipp.start("complaint-caller-t", List.of(ReferenceServer.sipTarget(), "-sf",
                Sipp.SCENARIOS.resolve("complaint_caller_presses_1.xml").toString(), "-s", "15510", "-i", "127.0.0.1",
                "-p", String.valueOf(Ports.free()), "-mp", String.valueOf(Ports.free()), "-m", "1",
                "-timeout", "120s")));
        assertThat(Eventually.holds(() -> client.state("agent13").equals("TALKING"), Duration.ofSeconds(60))).isTrue();
        JsonNode talking = json(client.send("GET", "api/agent", "agent13", null));
        String call = talking.get("call").asText();
        assertThat(talking.get("transferTargets").findValuesAsText("code"))
                .as("a complaint call is offered to the complaint officers (both pools) and their queue only")
                .containsExactlyInAnyOrder("topic:harassment-complaints", "agent:agent14", "agent:agent15",
                        "agent:agent16");
        assertThat(client.send("POST", "api/agent/ready", "agent14", null).statusCode()).isEqualTo(200);

        HttpResponse<String> toGeneral = client.send("POST", "api/agent/transfer", "agent13",
                "{\"topic\":\"insurance-pensions\"}");
        assertThat(toGeneral.statusCode()).isEqualTo(422);
        assertThat(json(toGeneral).get("field").asText()).isEqualTo("topic");
        assertThat(client.send("POST", "api/agent/transfer", "agent13", "{\"agent\":\"agent05\"}").statusCode())
                .as("a general agent never gets a complainant's call").isEqualTo(422);
        assertThat(client.state("agent13")).isEqualTo("TALKING");

        JsonNode after = json(client.send("POST", "api/agent/transfer", "agent13", "{\"agent\":\"agent14\"}"));
        assertThat(after.get("state").asText()).isEqualTo("WRAP_UP");
        assertThat(Eventually.holds(() -> client.state("agent14").equals("TALKING"), Duration.ofSeconds(30)))
                .as("the second officer's phone answered the same call").isTrue();
        assertThat(json(client.send("GET", "api/agent", "agent14", null)).get("call").asText()).isEqualTo(call);

        assertThat(Eventually.holds(() -> client.state("agent14").equals("WRAP_UP"), Duration.ofSeconds(30))).isTrue();
        for (String officer : List.of("agent13", "agent14")) {
            assertThat(client.send("POST", "api/agent/wrap-up", officer, "{\"code\":\"complaint-recorded\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(client.send("POST", "api/agent/sign-out", officer, null).statusCode()).isEqualTo(200);
        }
        assertThat(Eventually.holds(() -> json(client.send("GET", "api/calls/" + call, Staff.SUPERVISOR, null))
                .path("legs").size() == 2, Duration.ofSeconds(10))).isTrue();
        JsonNode record = json(client.send("GET", "api/calls/" + call, Staff.SUPERVISOR, null));
        assertThat(record.get("agent").asText()).isEqualTo("agent14");
        assertThat(record.get("legs").findValuesAsText("agent")).containsExactly("agent13", "agent14");
        assertThat(record.get("legs").get(0).get("transferred").asBoolean()).isTrue();
        assertThat(record.get("legs").get(1).get("transferred").asBoolean()).isFalse();
    }

    @Test
    void aDesktopStreamOpenedInASessionEndsWhenTheAgentSignsOut() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        Staff agent = ReferenceServer.staff("agent07");
        browser.send(HttpRequest.newBuilder(URI.create(base + "desktop.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=agent07&j_password=" + agent.password()))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<Void> stream = browser.sendAsync(HttpRequest.newBuilder(URI.create(base
                + "api/agent/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(lines::add));
        streams.add(stream);
        assertThat(event(lines, "state", Duration.ofSeconds(20)).get("agent").asText()).isEqualTo("agent07");
        assertThat(stream).isNotDone();

        browser.send(HttpRequest.newBuilder(URI.create(base + "signout")).build(),
                HttpResponse.BodyHandlers.discarding());

        stream.get(10, TimeUnit.SECONDS);
        assertThat(stream).as("the stream ended with the session").isDone();
    }

    /** Opens the agent's desk stream; returns its lines as they come. */
    private BlockingQueue<String> stream(String agent) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/agent/events"))
                .header("Authorization", ReferenceServer.staff(agent).authorization())
                .header("Accept", "text/event-stream").build();
        streams.add(client.http().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(lines::add)));
        return lines;
    }

    /** Waits for the next event named {@code name} and returns its data. */
    private static JsonNode event(BlockingQueue<String> lines, String name, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean named = false;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (line.equals("event: " + name)) {
                named = true;
            } else if (named && line.startsWith("data:")) {
                return json(line.substring(5).strip());
            } else if (line.isEmpty()) {
                named = false;
            }
        }
        throw new AssertionError("no '" + name + "' event within " + wait);
    }
}
