package org.govcc.reference.supervision.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.Trees;
import org.govcc.reference.testing.WildFlyServer;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.RtpTones;
import org.govcc.sip.testing.Sipp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Silent monitoring through the deployed WAR, end to end: on a WildFly of the test's own whose main line is open at
 * every hour (the WAR's calendar closes it at night and on Sundays), a citizen (sipp) goes through the ministry's IVR
 * to an agent's registered phone (sipp); the supervisor signs in over REST and asks to listen on a registered phone
 * (sipp for SIP, an RTP socket of the test for media), which rings, answers and receives the citizen's speech mixed by
 * the line; whisper and stop are answered with their modes, the phone gets the line's BYE, the call goes on to its
 * normal end, and the trail holds each command. The tones that tell who hears whom are {@code MonitoringIT}'s
 * (gov-cc-sipservlet); here the point is the wiring: REST, the policy, the audit and the line's SIP and RTP.
 */
@OwnServers
class MonitoringInWarIT {

    private static final int SIP_PORT = Integer.getInteger("govcc.it.monitor.sipPort", 55300);
    private static final String AGENT = "agent01";
    /** A phone account of the line that is never signed in to the desk, so no call is offered to it. */
    private static final String SUPERVISOR_PHONE = "agent02";
    private static final Path CALLER_SCENARIOS = Path.of("src/test/sipp").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WildFlyServer server;
    private static LinePeers peers;
    private final List<RtpTones> media = new ArrayList<>();

    @BeforeAll
    static void startServer() throws IOException {
        Path config = Path.of("target", "monitoring-config").toAbsolutePath();
        Trees.replaceWithCopy(Path.of("target", "classes", "config", "ministry-of-labour"), config);
        openTheMainLineAtEveryHour(config.resolve("calendar.json"));
        server = WildFlyServer.builder("monitoring", Integer.getInteger("govcc.it.monitor.portOffset", 440))
                .systemProperty("govcc.config", config.toString())
                .systemProperty("govcc.sip.port", String.valueOf(SIP_PORT))
                .systemProperty("govcc.rtp.ports", System.getProperty("govcc.it.monitor.rtpPorts", "34600-34698"))
                .systemProperty("govcc.drain.seconds", "0")
                .build();
        server.start();
        peers = new LinePeers(SIP_PORT);
    }

    @AfterAll
    static void stopServer() {
        if (peers != null) {
            peers.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeMedia() {
        peers.close();
        media.forEach(RtpTones::close);
    }

    @Test
    void aSupervisorsPhoneHearsTheCitizenOfABridgedCallWhispersAndLeavesWhileTheCallGoesOn() throws Exception {
        Sipp.SippProcess agentPhone = phone(AGENT, "agent_answer_then_bye.xml", "25000", List.of());
        RtpTones supervisorMedia = new RtpTones();
        media.add(supervisorMedia);
        supervisorMedia.answerWithTone(2000, org.govcc.sip.media.Codec.PCMU); // a phone sends as long as it is up
        Sipp.SippProcess supervisorPhone = phone(SUPERVISOR_PHONE, "phone_answer_media_at_key_await_bye.xml", "0",
                List.of("-key", "rtp_port", String.valueOf(supervisorMedia.port()), "-trace_msg"));
        assertThat(send("POST", "api/agent/sign-in", AGENT, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "api/agent/ready", AGENT, null).statusCode()).isEqualTo(200);
        Sipp.SippProcess citizen = peers.start("citizen",
                CALLER_SCENARIOS.resolve("caller_english_topic_1_amka_talks_await_bye.xml"), "1555", "-timeout", "240s");
        assertThat(Eventually.holds(() -> state(AGENT).equals("TALKING"), Duration.ofSeconds(90)))
                .as("the citizen reached %s: %s", AGENT, citizen.log()).isTrue();
        String call = json(send("GET", "api/agent", AGENT, null)).get("call").asText();

        JsonNode ringing = json(monitor(call, "listen", SUPERVISOR_PHONE), 200);
        assertThat(ringing.get("mode").asText()).isEqualTo("ringing");
        assertThat(ringing.get("phone").asText()).isEqualTo(SUPERVISOR_PHONE);
        assertThat(Eventually.holds(() -> supervisorMedia.packets() >= 100, Duration.ofSeconds(10)))
                .as("the supervisor's phone receives the line's mix: %d packets", supervisorMedia.packets()).isTrue();
        assertThat(Eventually.holds(() -> meanSquare(supervisorMedia.last(50)) > 10_000, Duration.ofSeconds(10)))
                .as("the citizen's speech in the mix").isTrue();
        assertThat(json(monitor(call, "whisper", null), 200).get("mode").asText()).isEqualTo("whispering");
        assertThat(json(monitor(call, "listen-only", null), 200).get("mode").asText()).isEqualTo("listening");
        assertThat(json(monitor(call, "stop", null), 200).get("mode").asText()).isEqualTo("ended");
        assertThat(supervisorPhone.await(Duration.ofSeconds(20))).as("the line's BYE: %s", supervisorPhone.log())
                .isZero();
        assertThat(supervisorPhone.received("INVITE").get(0)).containsPattern("(?m)^X-GovCC-Monitor: " + call);
        assertThat(state(AGENT)).as("the call goes on").isEqualTo("TALKING");

        // The agent's phone hangs up after 25 s, once the citizen has stopped talking: the call's normal end.
        assertThat(agentPhone.await(Duration.ofSeconds(60))).as(agentPhone.log()).isZero();
        assertThat(citizen.await(Duration.ofSeconds(30))).as(citizen.log()).isZero();
        assertThat(Eventually.holds(() -> state(AGENT).equals("WRAP_UP"), Duration.ofSeconds(20))).isTrue();
        assertThat(send("POST", "api/agent/wrap-up", AGENT, "{\"code\":\"information-given\"}").statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "api/agent/sign-out", AGENT, null).statusCode()).isEqualTo(200);
        assertThat(auditedAbout(call)).containsExactly("READ monitoring listen on phone agent02: now ringing",
                "CHANGE monitoring whisper: now whispering", "CHANGE monitoring listen-only: now listening",
                "CHANGE monitoring stop: now ended");
    }

    /** Starts {@code agent}'s phone running {@code scenario} and registers it for ten minutes. */
    private static Sipp.SippProcess phone(String agent, String scenario, String holdMillis, List<String> extra)
            throws IOException {
        int port = Ports.free();
        List<String> args = new ArrayList<>(List.of("-p", String.valueOf(port), "-d", holdMillis, "-timeout", "240s"));
        args.addAll(extra);
        Sipp.SippProcess phone = peers.start(agent + "-phone", LinePeers.LINE_SCENARIOS.resolve(scenario), agent,
                args.toArray(String[]::new));
        Sipp.SippProcess register = peers.start("register-" + agent, LinePeers.LINE_SCENARIOS.resolve("register.xml"),
                agent, "-au", agent, "-ap", LinePeers.agentPassword(server.dataDir(), agent),
                "-key", "contact_port", String.valueOf(port), "-key", "expires", "600", "-timeout", "20s");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();
        return phone;
    }

    private static HttpResponse<String> monitor(String call, String action, String phone) {
        return send("POST", "api/supervisor/monitor", Staff.SUPERVISOR, "{\"call\":\"" + call + "\",\"action\":\""
                + action + "\"" + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + "}");
    }

    private static HttpResponse<String> send(String method, String path, String user, String body) {
        return org.govcc.reference.testing.WarHttp.exchange(url(), method, path,
                Staff.in(server.dataDir(), user), body);
    }

    private static java.net.URL url() {
        try {
            return java.net.URI.create(server.baseUrl()).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String state(String agent) {
        return json(send("GET", "api/agent", agent, null)).get("state").asText();
    }

    /** The audit entries about {@code call <id>}, as "ACTION reason", read as the administrator. */
    private static List<String> auditedAbout(String call) {
        List<String> found = new ArrayList<>();
        long from = 1;
        while (from > 0) {
            JsonNode page = json(send("GET", "api/audit/entries?size=500&from=" + from, Staff.ADMINISTRATOR, null));
            for (JsonNode e : page.get("entries")) {
                if (e.at("/entry/subject/type").asText().equals("call") && e.at("/entry/subject/id").asText()
                        .equals(call)) {
                    found.add(e.at("/entry/action").asText() + " " + e.at("/entry/reason").asText());
                }
            }
            from = page.get("next").asLong();
        }
        return found;
    }

    private static double meanSquare(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return samples.length == 0 ? 0 : sum / samples.length;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return json(response, response.statusCode());
    }

    private static JsonNode json(HttpResponse<String> response, int expectedStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static void openTheMainLineAtEveryHour(Path calendar) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(calendar.toFile());
        ArrayNode schedules = (ArrayNode) root.get("schedules");
        for (int i = 0; i < schedules.size(); i++) {
            if ("main-line-hours".equals(schedules.get(i).path("id").asText())) {
                schedules.set(i, JSON.createObjectNode().put("id", "main-line-hours").put("alwaysOpen", true));
                JSON.writerWithDefaultPrettyPrinter().writeValue(calendar.toFile(), root);
                return;
            }
        }
        throw new AssertionError("no schedule main-line-hours in " + calendar);
    }
}
