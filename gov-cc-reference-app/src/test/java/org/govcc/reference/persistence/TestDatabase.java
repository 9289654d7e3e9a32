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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The WAR's persistence unit run outside the server, for one test class: on an in-memory H2 (the embedded
 * default) or on a throw-away PostgreSQL cluster on 127.0.0.1 (scripts/pg-test-cluster.sh), which fails, never
 * skips, when PostgreSQL is missing. Register it with {@code @RegisterExtension} on a static field.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final Path SCRIPT = Path.of("..", "scripts", "pg-test-cluster.sh").toAbsolutePath().normalize();

    private final boolean postgres;
    private Path dataDir;
    private EntityManagerFactory factory;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    /** A fresh in-memory H2 database. */
    static TestDatabase h2() {
        return new TestDatabase(false);
    }

    /** A fresh PostgreSQL cluster on a free port. */
    static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    /** The persistence unit on the database; open between the class's first and last test. */
    EntityManagerFactory factory() {
        return factory;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!postgres) {
            factory = Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(
                    "jdbc:h2:mem:govcc-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", Map.of()));
            return;
        }
        dataDir = Files.createTempDirectory(Path.of("/tmp"), "govcc-pg-");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        run(SCRIPT.toString(), "start", dataDir.toString(), Integer.toString(port));
        factory = Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(
                "jdbc:postgresql://127.0.0.1:" + port + "/govcc", "govcc", "govcc", Map.of()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (factory != null) {
            factory.close();
        }
        if (dataDir != null) {
            run(SCRIPT.toString(), "stop", dataDir.toString());
        }
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
