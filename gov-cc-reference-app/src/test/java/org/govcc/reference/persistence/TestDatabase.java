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
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The WAR's persistence unit run outside the server, for one test class: on an in-memory H2 (the embedded
 * default) or on a throw-away PostgreSQL cluster on 127.0.0.1 (scripts/pg-test-cluster.sh), which fails, never
 * skips, when PostgreSQL is missing. The schema is made by the WAR's Flyway migrations ({@link SchemaMigration}), as
 * in the server. Register it with {@code @RegisterExtension} on a static field.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final Path SCRIPT = Path.of("..", "scripts", "pg-test-cluster.sh").toAbsolutePath().normalize();

    /** H2 turns a bound Timestamp into its session's local time: UTC, as the server's GovCcDS (govcc-h2.cli). */
    private static final String H2_UTC = ";TIME ZONE=UTC";

    private final boolean postgres;
    private Path dataDir;
    private EntityManagerFactory factory;
    private DataSource dataSource;
    private int port;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    /** A fresh in-memory H2 database. */
    public static TestDatabase h2() {
        return new TestDatabase(false);
    }

    /** A fresh PostgreSQL cluster on a free port. */
    public static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    /** The database itself, for what the persistence unit cannot see (the schema history). */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A new, empty database of the same kind named {@code name} (letters and digits), on the same cluster for
     * PostgreSQL; nothing migrates it.
     */
    DataSource freshDatabase(String name) throws java.sql.SQLException {
        if (!name.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("database name must be lower-case letters and digits: " + name);
        }
        if (!postgres) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + H2_UTC);
            h2.setUser("sa");
            h2.setPassword("");
            return h2;
        }
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + name);
        pg.setUser("govcc");
        pg.setPassword("govcc");
        return pg;
    }

    /** The persistence unit on {@code db}, one that {@link #freshDatabase} made; the caller closes it. */
    EntityManagerFactory factoryOn(DataSource db) {
        if (db instanceof JdbcDataSource h2) {
            return Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(h2.getURL(), "sa", "",
                    Map.of()));
        }
        org.postgresql.ds.PGSimpleDataSource pg = (org.postgresql.ds.PGSimpleDataSource) db;
        return Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(pg.getURL(), "govcc",
                "govcc", Map.of()));
    }

    /** The migrations' folder of this kind of database. */
    public String vendor() {
        return postgres ? "postgresql" : "h2";
    }

    /** The persistence unit on the database; open between the class's first and last test. */
    public EntityManagerFactory factory() {
        return factory;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!postgres) {
            String url = "jdbc:h2:mem:govcc-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + H2_UTC;
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser("sa");
            h2.setPassword("");
            dataSource = h2;
            SchemaMigration.migrate(dataSource);
            factory = Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(url, "sa", "", Map.of()));
            return;
        }
        dataDir = Files.createTempDirectory(Path.of("/tmp"), "govcc-pg-");
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        run(SCRIPT.toString(), "start", dataDir.toString(), Integer.toString(port));
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://127.0.0.1:" + port + "/govcc");
        pg.setUser("govcc");
        pg.setPassword("govcc");
        dataSource = pg;
        SchemaMigration.migrate(dataSource);
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
