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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The case store on a real PostgreSQL: a throw-away cluster on 127.0.0.1 that this test starts and stops
 * itself (scripts/pg-test-cluster.sh). It fails, never skips, when PostgreSQL is missing.
 */
class JpaCaseStorePostgresIT extends CaseStoreContract {

    private static final Path SCRIPT = Path.of("..", "scripts", "pg-test-cluster.sh").toAbsolutePath().normalize();
    private static Path dataDir;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void startPostgres() throws Exception {
        dataDir = Files.createTempDirectory(Path.of("/tmp"), "govcc-pg-");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        run(SCRIPT.toString(), "start", dataDir.toString(), Integer.toString(port));
        factory = Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(
                "jdbc:postgresql://127.0.0.1:" + port + "/govcc", "govcc", "govcc", Map.of()));
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (factory != null) {
            factory.close();
        }
        run(SCRIPT.toString(), "stop", dataDir.toString());
    }

    @Override
    EntityManagerFactory factory() {
        return factory;
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
