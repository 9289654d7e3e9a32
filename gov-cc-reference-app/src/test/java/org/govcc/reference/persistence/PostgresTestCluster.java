package org.govcc.reference.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PostgreSQL cluster on 127.0.0.1 for one test class (scripts/pg-test-cluster.sh), with the WAR's
 * persistence unit on it. It fails, never skips, when PostgreSQL is missing.
 */
final class PostgresTestCluster implements AutoCloseable {

    private static final Path SCRIPT = Path.of("..", "scripts", "pg-test-cluster.sh").toAbsolutePath().normalize();

    private final Path dataDir;
    private final EntityManagerFactory factory;

    private PostgresTestCluster(Path dataDir, EntityManagerFactory factory) {
        this.dataDir = dataDir;
        this.factory = factory;
    }

    /** Starts a cluster on a free port and opens the persistence unit on it. */
    static PostgresTestCluster start() throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory(Path.of("/tmp"), "govcc-pg-");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        run(SCRIPT.toString(), "start", dataDir.toString(), Integer.toString(port));
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(
                "jdbc:postgresql://127.0.0.1:" + port + "/govcc", "govcc", "govcc", Map.of()));
        return new PostgresTestCluster(dataDir, factory);
    }

    EntityManagerFactory factory() {
        return factory;
    }

    /** Closes the persistence unit and stops the cluster. */
    @Override
    public void close() throws IOException, InterruptedException {
        factory.close();
        run(SCRIPT.toString(), "stop", dataDir.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + output);
        }
    }
}
