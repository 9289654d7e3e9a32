package org.govcc.reference.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;

/**
 * The sipp peers of a test against a line of its own (a {@link WildFlyServer} or {@code run-line.sh}): started on
 * free ports, closed together after the test; plus what such tests read from the line over HTTP. Not thread-safe.
 */
public final class LinePeers implements AutoCloseable {

    /** The SIP module's scenarios (phones, registrations, trunks). */
    public static final Path LINE_SCENARIOS = Path.of("..", "gov-cc-sipservlet", "src", "test", "sipp")
            .toAbsolutePath();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int sipPort;
    private final List<Sipp.SippProcess> peers = new ArrayList<>();

    /** Peers of the line on {@code 127.0.0.1:sipPort}. */
    public LinePeers(int sipPort) {
        this.sipPort = sipPort;
    }

    /**
     * Starts sipp with {@code scenario} towards {@code service}: one call ({@code -m 1}), a free SIP port unless
     * {@code -p} is given, a free media block, a 90 s time-out unless {@code -timeout} is given, then {@code extra}.
     */
    public Sipp.SippProcess start(String name, Path scenario, String service, String... extra) {
        List<String> more = List.of(extra);
        List<String> args = new ArrayList<>(List.of("127.0.0.1:" + sipPort, "-sf", scenario.toString(),
                "-s", service, "-i", "127.0.0.1", "-mp", String.valueOf(Ports.freeMediaBlock())));
        if (!more.contains("-m")) {
            args.addAll(List.of("-m", "1"));
        }
        if (!more.contains("-p")) {
            args.addAll(List.of("-p", String.valueOf(Ports.free())));
        }
        if (!more.contains("-timeout")) {
            args.addAll(List.of("-timeout", "90s"));
        }
        args.addAll(more);
        Sipp.SippProcess p = Sipp.start(name, args);
        peers.add(p);
        return p;
    }

    /** Stops every peer started so far. */
    @Override
    public void close() {
        peers.forEach(Sipp.SippProcess::close);
        peers.clear();
    }

    /** Returns the phone password the line generated for {@code agent} into its data directory. */
    public static String agentPassword(Path dataDir, String agent) throws IOException {
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("govcc-agent-passwords.properties"))) {
            passwords.load(in);
        }
        return passwords.getProperty(agent);
    }

    /** Returns how many agents the metrics of the line {@code server} runs count in {@code state}. */
    public static double agentsIn(WildFlyServer server, String state) {
        return agentsIn(server.baseUrl(), Staff.in(server.dataDir(), Staff.ADMINISTRATOR), state);
    }

    /**
     * Returns how many agents the line's metrics ({@code baseUrl} ends with {@code /gov-cc/}) count in {@code state},
     * read as {@code administrator}.
     */
    public static double agentsIn(String baseUrl, Staff administrator, String state) {
        Matcher m = Pattern.compile("(?m)^govcc_agents\\{[^}]*state=\"" + state + "\"[^}]*\\} ([0-9.eE+-]+)$")
                .matcher(get(baseUrl + "metrics", administrator).body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** GETs {@code url} as text, with a 10 s time-out. */
    public static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    /** GETs {@code url} as text, signed in as {@code as}, with a 10 s time-out. */
    public static HttpResponse<String> get(String url, Staff as) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", as.authorization()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
