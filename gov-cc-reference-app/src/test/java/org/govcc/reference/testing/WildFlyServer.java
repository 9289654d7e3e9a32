package org.govcc.reference.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A WildFly of a test's own, with the WAR deployed: the unpacked distribution ({@code wildfly.home} in the pom)
 * run as one java process of its own ({@code jboss-modules.jar ... org.jboss.as.standalone}, not
 * {@code standalone.sh}, so that {@link #kill()} hits the server itself), on a private copy of the
 * {@code standalone/} base directory under {@code target/wildfly-servers/NAME}, with ports shifted by an offset.
 *
 * <p>The base directory is copied once, by {@link Builder#build()}; {@link #start()} after {@link #stop()} or
 * {@link #kill()} starts the same base directory again, so its data directory (the embedded database, the agents'
 * passwords) survives, as on a real restart. The base directory is left behind for the logs and replaced by the
 * next build of a server with the same name. Register {@link #close()} in the test's teardown; a JVM shutdown hook
 * also kills a server left running, so no orphan holds the ports.
 *
 * <p>Not thread-safe: one test thread drives it.
 */
public final class WildFlyServer implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String WAR_NAME = "gov-cc.war";
    private static final List<String> MARKERS = List.of(".deployed", ".failed", ".isdeploying", ".pending",
            ".undeployed", ".isundeploying", ".dodeploy", ".skipdeploy");

    private final Path home;
    private final Path base;
    private final int portOffset;
    private final Map<String, String> systemProperties;
    private final List<String> jvmOptions;
    private final String serverConfig;
    private final Duration startupTimeout;
    private Process process;
    private Thread killOnExit;

    private WildFlyServer(Builder b, Path base) {
        this.home = b.home;
        this.base = base;
        this.portOffset = b.portOffset;
        this.systemProperties = Map.copyOf(b.systemProperties);
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.serverConfig = b.serverConfig;
        this.startupTimeout = b.startupTimeout;
    }

    /**
     * Starts describing a server named {@code name} (a folder name: letters, digits, '-'), ports shifted by
     * {@code portOffset} (HTTP 8080 + offset, management 9990 + offset).
     */
    public static Builder builder(String name, int portOffset) {
        return new Builder(name, portOffset);
    }

    /** The unpacked WildFly: {@code govcc.it.wildflyHome} (set by the pom), else the one under {@code target/}. */
    public static Path defaultHome() {
        String property = System.getProperty("govcc.it.wildflyHome");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path unpacked = Path.of("target", "wildfly").toAbsolutePath();
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no wildfly-* under " + unpacked
                            + ": run the package phase first, or set -Dgovcc.it.wildflyHome"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + unpacked + " (run the package phase first)", e);
        }
    }

    /** The WAR the build made: {@code govcc.it.war} (set by the pom), else {@code target/gov-cc.war}. */
    public static Path defaultWar() {
        String property = System.getProperty("govcc.it.war");
        return property != null && !property.isBlank() ? Path.of(property)
                : Path.of("target", WAR_NAME).toAbsolutePath();
    }

    /**
     * Starts the server and waits for the WAR's deployment to finish; throws, naming the failure and the server
     * log, when the deployment fails, the process ends, or the startup timeout passes.
     */
    public void start() {
        Optional<String> failure = launchAndAwaitDeployment();
        if (failure.isPresent()) {
            throw new IllegalStateException("gov-cc was not deployed on " + base + ": " + failure.get()
                    + " (server log: " + serverLog() + ")");
        }
    }

    /**
     * Starts the server for a deployment that must fail, and returns WildFly's description of the failure (the
     * {@code .failed} marker's text); throws when the WAR deploys instead. The server keeps running: stop it.
     */
    public String startExpectingDeploymentFailure() {
        return launchAndAwaitDeployment().orElseThrow(() -> new IllegalStateException(
                "gov-cc was deployed on " + base + " but a failure was expected (server log: " + serverLog() + ")"));
    }

    /** Stops the server gracefully (SIGTERM: WildFly stops its services, the WAR's @PreDestroy runs) and waits. */
    public void stop() {
        if (!isRunning()) {
            return;
        }
        process.destroy();
        if (!awaitExit(STOP_TIMEOUT)) {
            process.destroyForcibly();
            awaitExit(STOP_TIMEOUT);
            throw new IllegalStateException("WildFly did not stop within " + STOP_TIMEOUT + "; killed it (server log: "
                    + serverLog() + ")");
        }
        forget();
    }

    /** Kills the server's java process at once (SIGKILL), as a crash would, and waits until it is gone. */
    public void kill() {
        if (!isRunning()) {
            return;
        }
        process.toHandle().destroyForcibly();
        if (!awaitExit(STOP_TIMEOUT)) {
            throw new IllegalStateException("WildFly (pid " + process.pid() + ") still runs after SIGKILL");
        }
        forget();
    }

    /** Whether the server's process runs. */
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the server if it runs; gracefully, else by force. */
    @Override
    public void close() {
        if (isRunning()) {
            try {
                stop();
            } catch (IllegalStateException e) {
                kill();
            }
        }
    }

    /** The unpacked WildFly it runs (shared by every server of the build; its modules are the server's). */
    public Path home() {
        return home;
    }

    /** The server's own base directory (a copy of the distribution's {@code standalone/}). */
    public Path baseDir() {
        return base;
    }

    /** The server's data directory ({@code jboss.server.data.dir}): the embedded database, the agents' passwords. */
    public Path dataDir() {
        return base.resolve("data");
    }

    /** The server log ({@code log/server.log} under the base directory). */
    public Path serverLog() {
        return base.resolve("log").resolve("server.log");
    }

    /** What the java process wrote to its standard output and error. */
    public Path consoleLog() {
        return base.resolve("log").resolve("console.log");
    }

    /** The HTTP port: 8080 plus the offset. */
    public int httpPort() {
        return 8080 + portOffset;
    }

    /** The management port: 9990 plus the offset. */
    public int managementPort() {
        return 9990 + portOffset;
    }

    /** The WAR's base address on this server, ending in a slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort() + "/gov-cc/";
    }

    /** The process id while it runs. */
    public long pid() {
        if (!isRunning()) {
            throw new IllegalStateException("WildFly is not running");
        }
        return process.pid();
    }

    private Optional<String> launchAndAwaitDeployment() {
        if (isRunning()) {
            throw new IllegalStateException("WildFly already runs on " + base);
        }
        requirePortFree(httpPort());
        requirePortFree(managementPort());
        Path deployments = base.resolve("deployments");
        long logStart;
        try {
            // The offline CLI runs before a start write to the same log: only what follows is this start's.
            logStart = Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
            // Markers of the previous run (a kill leaves .isdeploying or .deployed) would answer for this one.
            for (String marker : MARKERS) {
                Files.deleteIfExists(deployments.resolve(WAR_NAME + marker));
            }
            Files.createDirectories(consoleLog().getParent());
            process = new ProcessBuilder(command()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start WildFly on " + base, e);
        }
        Process started = process;
        killOnExit = new Thread(() -> started.destroyForcibly(), "kill-wildfly-" + base.getFileName());
        Runtime.getRuntime().addShutdownHook(killOnExit);
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        while (true) {
            if (Files.exists(deployments.resolve(WAR_NAME + ".deployed")) && booted(logStart)) {
                // The marker comes a moment before the boot ends; until then readiness reports "starting".
                return Optional.empty();
            }
            Path failed = deployments.resolve(WAR_NAME + ".failed");
            if (Files.exists(failed)) {
                return Optional.of(readEventually(failed));
            }
            if (!process.isAlive()) {
                int exit = process.exitValue();
                forget();
                throw new IllegalStateException("WildFly exited with " + exit + " before deploying gov-cc (console: "
                        + consoleLog() + ", server log: " + serverLog() + ")");
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new IllegalStateException("gov-cc not deployed within " + startupTimeout + "; killed WildFly "
                        + "(server log: " + serverLog() + ")");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** Whether the server log, from {@code logStart} on, says the boot has ended (WFLYSRV0025, or 0026 with errors). */
    private boolean booted(long logStart) {
        try (java.io.RandomAccessFile log = new java.io.RandomAccessFile(serverLog().toFile(), "r")) {
            long from = log.length() < logStart ? 0 : logStart; // rotated meanwhile: all of it is this start's
            log.seek(from);
            byte[] tail = new byte[(int) Math.min(Integer.MAX_VALUE, log.length() - from)];
            log.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8);
            return text.contains("WFLYSRV0025:") || text.contains("WFLYSRV0026:");
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The scanner creates the marker before it writes the failure into it. */
    private static String readEventually(Path marker) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String text = Files.readString(marker, StandardCharsets.UTF_8);
            while (text.isBlank() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                text = Files.readString(marker, StandardCharsets.UTF_8);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + marker, e);
        }
    }

    private List<String> command() {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-D[Standalone]");
        c.addAll(List.of("-Xms64m", "-Xmx512m", "-Djava.net.preferIPv4Stack=true",
                "-Djboss.modules.system.pkgs=org.jboss.byteman", "-Djava.awt.headless=true",
                "-Djdk.serialFilter=maxbytes=10485760;maxdepth=128;maxarray=100000;maxrefs=300000"));
        // What bin/common.sh adds on a modular JDK.
        c.addAll(List.of("--add-exports=java.desktop/sun.awt=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.url.ldap=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.url.ldaps=ALL-UNNAMED",
                "--add-exports=jdk.naming.dns/com.sun.jndi.dns=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.security=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.management/javax.management=ALL-UNNAMED",
                "--add-opens=java.naming/javax.naming=ALL-UNNAMED"));
        c.addAll(jvmOptions);
        c.add("-Dorg.jboss.boot.log.file=" + serverLog());
        c.add("-Dlogging.configuration=file:" + base.resolve("configuration").resolve("logging.properties"));
        c.addAll(List.of("-jar", home.resolve("jboss-modules.jar").toString(),
                "-mp", home.resolve("modules").toString(), "org.jboss.as.standalone"));
        c.add("-Djboss.home.dir=" + home);
        c.add("-Djboss.server.base.dir=" + base);
        c.add("-c=" + serverConfig);
        c.addAll(List.of("-b=127.0.0.1", "-bmanagement=127.0.0.1"));
        c.add("-Djboss.socket.binding.port-offset=" + portOffset);
        systemProperties.forEach((k, v) -> c.add("-D" + k + "=" + v));
        return c;
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for WildFly to end", e);
        }
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

    private static void requirePortFree(int port) {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is taken: another server runs there");
        } catch (IOException expected) {
            // Nothing listens: the port is ours.
        }
    }

    /** Describes a server; {@link #build()} prepares its base directory. Not thread-safe. */
    public static final class Builder {

        private final String name;
        private final int portOffset;
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private Path home = null;
        private Path war = null;
        private String serverConfig = "standalone-microprofile.xml";
        private Duration startupTimeout = Duration.ofSeconds(120);

        private Builder(String name, int portOffset) {
            if (name == null || !name.matches("[A-Za-z0-9-]+")) {
                throw new IllegalArgumentException("server name must be letters, digits and '-': " + name);
            }
            if (portOffset < 0 || portOffset > 50_000) {
                throw new IllegalArgumentException("port offset out of range: " + portOffset);
            }
            this.name = name;
            this.portOffset = portOffset;
        }

        /** The unpacked WildFly to run; {@link #defaultHome()} unless given. */
        public Builder home(Path wildflyHome) {
            this.home = wildflyHome.toAbsolutePath();
            return this;
        }

        /** The WAR to deploy (as {@code gov-cc.war}); {@link #defaultWar()} unless given. */
        public Builder war(Path warFile) {
            this.war = warFile.toAbsolutePath();
            return this;
        }

        /** A system property for the server (e.g. {@code govcc.sip.port}); later values replace earlier ones. */
        public Builder systemProperty(String key, String value) {
            if (key == null || key.isBlank() || value == null) {
                throw new IllegalArgumentException("system property needs a key and a value: " + key + "=" + value);
            }
            systemProperties.put(key, value);
            return this;
        }

        /** An option for the server's JVM (e.g. {@code -Xmx1g}). */
        public Builder jvmOption(String option) {
            if (option == null || !option.startsWith("-")) {
                throw new IllegalArgumentException("a JVM option starts with '-': " + option);
            }
            jvmOptions.add(option);
            return this;
        }

        /** The configuration file under {@code configuration/}; {@code standalone-microprofile.xml} (the profile the line runs) unless given. */
        public Builder serverConfig(String file) {
            this.serverConfig = file;
            return this;
        }

        /** How long {@link WildFlyServer#start()} waits for the deployment; two minutes unless given. */
        public Builder startupTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("startup timeout must be positive: " + timeout);
            }
            this.startupTimeout = timeout;
            return this;
        }

        /**
         * Copies the distribution's {@code standalone/} to a fresh {@code target/wildfly-servers/NAME} (replacing
         * what a previous run left) and puts the WAR in its {@code deployments/}; the server is not started.
         */
        public WildFlyServer build() {
            Path wildfly = home != null ? home : defaultHome();
            Path warFile = war != null ? war : defaultWar();
            if (!Files.isRegularFile(wildfly.resolve("jboss-modules.jar"))) {
                throw new IllegalStateException("not an unpacked WildFly (no jboss-modules.jar): " + wildfly);
            }
            if (!Files.isRegularFile(warFile)) {
                throw new IllegalStateException("no WAR at " + warFile + ": run the package phase first");
            }
            Path base = Path.of("target", "wildfly-servers", name).toAbsolutePath();
            ServerBaseDirectory.prepare(wildfly, base, serverConfig, warFile, WAR_NAME);
            home = wildfly;
            return new WildFlyServer(this, base);
        }
    }
}
