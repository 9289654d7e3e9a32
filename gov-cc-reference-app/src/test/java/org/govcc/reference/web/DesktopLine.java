package org.govcc.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.govcc.reference.testing.LinePeers;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.Trees;
import org.govcc.reference.testing.WildFlyServer;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;

/**
 * The ministry's line on a WildFly of a test's own whose main line is open at every hour (the WAR's own calendar
 * closes it at night, on Sundays and on holidays, and a citizen's call through the topics menu needs it open), with
 * the sipp peers of the desktop's tests: agents' phones and a citizen. Not thread-safe; one per test class.
 */
final class DesktopLine implements AutoCloseable {

    /** The AMKA the citizen's scenario types (its Luhn check digit is right). */
    static final String CITIZEN_AMKA = "25038012347";

    private static final Path CALLER_SCENARIOS = Path.of("src/test/sipp").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A change a test makes to its copy of the configuration directory before the server starts. */
    interface ConfigurationChange {
        void apply(Path directory) throws IOException;
    }

    private final WildFlyServer server;
    private final LinePeers peers;

    private DesktopLine(WildFlyServer server, int sipPort) {
        this.server = server;
        this.peers = new LinePeers(sipPort);
    }

    /** Copies the WAR's default configuration with the main line always open, and starts a server with it. */
    static DesktopLine start() {
        return start("agent-desktop", Integer.getInteger("govcc.it.desktop.portOffset", 470),
                Integer.getInteger("govcc.it.desktop.sipPort", 55100),
                System.getProperty("govcc.it.desktop.rtpPorts", "34800-34898"), directory -> { });
    }

    /**
     * Starts a server named {@code name} (its base directory and configuration copy under target/) on ports shifted by
     * {@code portOffset}, SIP on {@code sipPort}, RTP in {@code rtpPorts}, with the main line always open and
     * {@code change} made to the configuration.
     */
    static DesktopLine start(String name, int portOffset, int sipPort, String rtpPorts, ConfigurationChange change) {
        Path config = Path.of("target", name + "-config").toAbsolutePath();
        try {
            Trees.replaceWithCopy(Path.of("target", "classes", "config", "ministry-of-labour"), config);
            openTheMainLineAtEveryHour(config.resolve("calendar.json"));
            change.apply(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WildFlyServer server = WildFlyServer.builder(name, portOffset)
                .systemProperty("govcc.config", config.toString())
                .systemProperty("govcc.sip.port", String.valueOf(sipPort))
                .systemProperty("govcc.rtp.ports", rtpPorts)
                .systemProperty("govcc.drain.seconds", "0")
                .build();
        server.start();
        return new DesktopLine(server, sipPort);
    }

    /** The WAR's address, ending with {@code /}. */
    String baseUrl() {
        return server.baseUrl();
    }

    /** Returns the server's generated identity of {@code user}. */
    Staff staff(String user) {
        return Staff.in(server.dataDir(), user);
    }

    /** Signs {@code agent} in from their desktop and makes them ready (their phone must have registered). */
    void signInReady(String agent) {
        LinePeers.signInReady(server.baseUrl(), server.dataDir(), agent);
    }

    /** Starts {@code agent}'s phone (it answers, and hangs up {@code talk} later) and registers it. */
    void phone(String agent, Duration talk) throws IOException {
        int port = Ports.free();
        peers.start(agent + "-phone", LinePeers.LINE_SCENARIOS.resolve("agent_answer_then_bye.xml"), agent,
                "-p", String.valueOf(port), "-d", String.valueOf(talk.toMillis()), "-timeout", "240s");
        register(agent, port);
    }

    /** Registers {@code agent}'s phone at {@code contactPort} for ten minutes. */
    void register(String agent, int contactPort) throws IOException {
        Sipp.SippProcess register = peers.start("register-" + agent, LinePeers.LINE_SCENARIOS.resolve("register.xml"),
                agent, "-au", agent, "-ap", LinePeers.agentPassword(server.dataDir(), agent),
                "-key", "contact_port", String.valueOf(contactPort), "-key", "expires", "600", "-timeout", "20s");
        assertThat(register.await(Duration.ofSeconds(30))).as(register.log()).isZero();
    }

    /**
     * Starts a citizen calling the main line: English, the first topic (insurance and pensions), the AMKA
     * {@link #CITIZEN_AMKA}; they wait for the line to hang up.
     */
    Sipp.SippProcess citizen() {
        return peers.start("citizen", CALLER_SCENARIOS.resolve("caller_english_topic_1_amka_await_bye.xml"), "1555",
                "-timeout", "240s");
    }

    /** Starts a caller on the confidential complaint line who asks for a specialist (1) and hangs up a minute later. */
    Sipp.SippProcess complainant() {
        return peers.start("complainant", CALLER_SCENARIOS.resolve("complaint_caller_presses_1.xml"), "15510",
                "-timeout", "240s");
    }

    /** GETs {@code path} as {@code user} and returns its JSON (the answer must be 200). */
    JsonNode json(String path, String user) {
        var response = LinePeers.get(server.baseUrl() + path, staff(user));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the peers started so far. */
    void stopPeers() {
        peers.close();
    }

    /** Stops the peers and the server. */
    @Override
    public void close() {
        peers.close();
        server.close();
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
