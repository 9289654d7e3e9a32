package org.govcc.reference.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Keycloak of a test's own: the distribution the build unpacked ({@code govcc.it.keycloakHome}), started in
 * development mode ({@code kc.sh start-dev}) on 127.0.0.1 with an in-memory database and one realm imported from a
 * JSON file, as the OpenID Connect provider of a test. Keycloak 26 supports Java 21 or later (26.7.3 also started on
 * Java 17 here, which it deprecates): {@link #javaHome()} finds a supported one.
 *
 * <p>{@link #start()} returns once the realm's discovery document answers; it throws (the test fails, it never
 * skips) when Keycloak exits or is not ready in time, naming its log. {@link #close()} stops it (SIGTERM, then
 * SIGKILL to the script and its java); a JVM shutdown hook kills one left running.
 *
 * <p>Not thread-safe: one test thread drives it.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path home;
    private final Path realmFile;
    private final String realm;
    private final String host;
    private final int httpPort;
    private final int managementPort;
    private final Duration startupTimeout;
    private final Path log;
    private Process process;
    private Thread killOnExit;

    /**
     * Describes a Keycloak on {@code httpPort} (and {@code managementPort}, which Keycloak opens for its own health
     * endpoints) that imports {@code realmFile}, whose realm is {@code realm}; {@code host} is the name the test and
     * the server use for it ({@code localhost} or {@code 127.0.0.1}: both reach the loopback address it listens on).
     */
    public KeycloakServer(Path realmFile, String realm, String host, int httpPort, int managementPort,
            Duration startupTimeout) {
        if (!Files.isRegularFile(realmFile)) {
            throw new IllegalArgumentException("no realm file at " + realmFile);
        }
        if (!host.equals("localhost") && !host.equals("127.0.0.1")) {
            throw new IllegalArgumentException("Keycloak listens on loopback only; host must be localhost or "
                    + "127.0.0.1: " + host);
        }
        this.home = defaultHome();
        this.realmFile = realmFile.toAbsolutePath();
        this.realm = realm;
        this.host = host;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.startupTimeout = startupTimeout;
        this.log = Path.of("target", "keycloak-" + httpPort + ".log").toAbsolutePath();
    }

    /** The unpacked Keycloak: {@code govcc.it.keycloakHome} (set by the pom). */
    public static Path defaultHome() {
        String property = System.getProperty("govcc.it.keycloakHome");
        if (property == null || property.isBlank()) {
            throw new IllegalStateException("govcc.it.keycloakHome is not set: run the test through Maven (mvn verify "
                    + "unpacks org.keycloak:keycloak-quarkus-dist before the integration tests)");
        }
        Path home = Path.of(property);
        if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException("no Keycloak (bin/kc.sh) at " + home + ": the pre-integration-test phase "
                    + "unpacks it");
        }
        return home;
    }

    /**
     * The JDK Keycloak runs on: {@code govcc.it.keycloakJavaHome} if set, else the newest JDK 21+ under
     * {@code /usr/lib/jvm}, else the test's own when it is 21 or later; throws when there is none.
     */
    public static Path javaHome() {
        String property = System.getProperty("govcc.it.keycloakJavaHome");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Optional<Path> installed = Optional.empty();
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                installed = dirs.filter(d -> Files.isExecutable(d.resolve("bin").resolve("java")))
                        .filter(d -> featureVersion(d) >= 21)
                        .max(Comparator.comparingInt(KeycloakServer::featureVersion));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + jvms, e);
            }
        }
        if (installed.isPresent()) {
            return installed.get();
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        throw new IllegalStateException("Keycloak needs Java 21 or later and none was found (not under /usr/lib/jvm, "
                + "and the tests run on " + Runtime.version() + "): install one, or give -Dkeycloak.java.home=DIR");
    }

    /** The realm's issuer, as tokens name it and as the WAR's OIDC client is given it. */
    public String issuer() {
        return "http://" + host + ":" + httpPort + "/realms/" + realm;
    }

    /** Keycloak's log (its standard output and error). */
    public Path log() {
        return log;
    }

    /** Starts Keycloak without waiting for it; {@link #awaitReady()} waits. */
    public void launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Keycloak already runs on port " + httpPort);
        }
        requirePortFree(httpPort);
        requirePortFree(managementPort);
        Path java = javaHome();
        try {
            // Only this test's realm is imported (start-dev imports every file of data/import).
            Path imports = home.resolve("data").resolve("import");
            if (Files.isDirectory(imports)) {
                try (Stream<Path> old = Files.list(imports)) {
                    for (Path p : (Iterable<Path>) old::iterator) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(imports);
            Files.copy(realmFile, imports.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(log);
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin").resolve("kc.sh").toString(),
                    "start-dev", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                    "--http-management-port=" + managementPort, "--db=dev-mem", "--import-realm"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", java.toString());
            // No administrator account: the test needs only its realm.
            builder.environment().remove("KC_BOOTSTRAP_ADMIN_USERNAME");
            builder.environment().remove("KC_BOOTSTRAP_ADMIN_PASSWORD");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
        Process started = process;
        killOnExit = new Thread(() -> killTree(started), "kill-keycloak-" + httpPort);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Waits until the realm's discovery document answers 200; throws, naming the log, if Keycloak fails first. */
    public void awaitReady() {
        URI discovery = URI.create("http://127.0.0.1:" + httpPort + "/realms/" + realm
                + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                int exit = process.exitValue();
                forget();
                throw new IllegalStateException("Keycloak exited with " + exit + " before it was ready (log: " + log
                        + ")");
            }
            try {
                HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("Keycloak's realm " + realm + " did not answer within "
                        + startupTimeout + "; stopped it (log: " + log + ")");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
    }

    /** Starts Keycloak and waits until its realm answers. */
    public void start() {
        launch();
        awaitReady();
    }

    /**
     * Returns an access token for {@code user} from the realm's token endpoint (the resource owner password grant,
     * which the test realm's client allows); throws with Keycloak's answer when it refuses.
     */
    public String passwordGrant(String clientId, String clientSecret, String user, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "client_secret", clientSecret,
                "username", user, "password", password, "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI token = URI.create(issuer() + "/protocol/openid-connect/token");
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": " + answer.statusCode()
                        + " " + answer.body());
            }
            JsonNode body = new ObjectMapper().readTree(answer.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask " + token + " for a token", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for a token", e);
        }
    }

    /** Stops Keycloak (SIGTERM, which kc.sh passes on to its java), by force if it does not end in time. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .collect(Collectors.toList());
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree(process);
        }
        // kc.sh waits for its java; should it have gone first, its java is killed too.
        tree.forEach(ProcessHandle::destroyForcibly);
        forget();
    }

    private static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private void forget() {
        if (killOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting: the hook runs anyway, on a process that is already gone.
            }
            killOnExit = null;
        }
        process = null;
    }

    private static int featureVersion(Path jdk) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(jdk.resolve("release"), StandardCharsets.UTF_8));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void requirePortFree(int port) {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is taken: another server runs there");
        } catch (IOException expected) {
            // Nothing listens: the port is ours.
        }
    }
}
