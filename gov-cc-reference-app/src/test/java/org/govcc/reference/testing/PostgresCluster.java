package org.govcc.reference.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.govcc.sip.testing.Ports;

/**
 * A throw-away PostgreSQL cluster on 127.0.0.1 (scripts/pg-test-cluster.sh: database and user {@code govcc}), for a
 * test class; it fails, never skips, when PostgreSQL is missing. Not thread-safe.
 */
public final class PostgresCluster implements AutoCloseable {

    private static final Path SCRIPT = Path.of("..", "scripts", "pg-test-cluster.sh").toAbsolutePath().normalize();

    private final Path dataDir;
    private final int port;

    private PostgresCluster(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Creates and starts a cluster on a free port. */
    public static PostgresCluster start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "govcc-pg-");
        int port = Ports.free();
        run(SCRIPT.toString(), "start", dir.toString(), Integer.toString(port));
        return new PostgresCluster(dir, port);
    }

    /** The JDBC URL of the {@code govcc} database. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/govcc";
    }

    /** The database's owner. */
    public String user() {
        return "govcc";
    }

    /** The owner's password as the script sets it. */
    public String password() {
        return "govcc";
    }

    /** Stops the server (a database that goes away), keeping its data for {@link #resume()}. */
    public void pause() throws IOException, InterruptedException {
        run(SCRIPT.toString(), "stop", dataDir.toString());
    }

    /** Starts the server again on the same data and port. */
    public void resume() throws IOException, InterruptedException {
        run(SCRIPT.toString(), "start", dataDir.toString(), Integer.toString(port));
    }

    /** Stops the cluster; its files stay in /tmp for a post-mortem until the machine cleans it. */
    @Override
    public void close() throws IOException, InterruptedException {
        run(SCRIPT.toString(), "stop", dataDir.toString());
    }

    /** Runs {@code command}; throws with its output when it fails or takes longer than two minutes. */
    public static String run(String... command) throws IOException, InterruptedException {
        return runWith(null, command);
    }

    /** Runs {@code command} with one extra environment variable ({@code env} "NAME=value", or null). */
    public static String runWith(String env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (env != null) {
            int eq = env.indexOf('=');
            pb.environment().put(env.substring(0, eq), env.substring(eq + 1));
        }
        Process process = pb.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + output);
        }
        return output;
    }
}
