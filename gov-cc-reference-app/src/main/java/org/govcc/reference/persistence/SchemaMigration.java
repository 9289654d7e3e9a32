package org.govcc.reference.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.govcc.api.internal.Require;
import org.govcc.reference.persistence.migration.UnreadableRowException;

/**
 * The database's schema, created and upgraded by Flyway from {@code db/migration/h2} or
 * {@code db/migration/postgresql} (the SQL differs), and from the Java migrations of
 * {@code org.govcc.reference.persistence.migration} (version 3 decodes the serialized Instants of versions 1 and 2);
 * EclipseLink never generates DDL. A database whose schema is newer than the newest migration this build knows is
 * refused, never used: an older gov-cc must not write into a schema it does not understand.
 *
 * <p>A database that EclipseLink's DDL generation made before Flyway (tables, no history) is baselined at version 1,
 * which is exactly that schema, and migrated from there. Stateless; thread-safe.
 */
public final class SchemaMigration {

    /** The Java migrations' package, as a class path folder. */
    private static final String JAVA_MIGRATIONS = "org/govcc/reference/persistence/migration";

    private SchemaMigration() {
    }

    /** What a migration did. */
    public record Outcome(String database, Optional<String> before, String now, int applied) {

        /** Validates the values. */
        public Outcome {
            Require.nonNull(database, "database");
            Require.nonNull(before, "before");
            Require.nonNull(now, "now");
        }
    }

    /** The database is newer than this build of gov-cc; the message says both versions. */
    public static final class SchemaTooNewException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        SchemaTooNewException(String message) {
            super(message);
        }
    }

    /**
     * Migrates the database behind {@code dataSource} to the newest schema this build knows.
     *
     * @throws SchemaTooNewException if the database's schema is newer than that
     * @throws IllegalStateException if the database is neither H2 nor PostgreSQL, or a migration fails
     */
    public static Outcome migrate(DataSource dataSource) {
        Require.nonNull(dataSource, "data source");
        String vendor = vendor(dataSource);
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(vendor))
                .failOnMissingLocations(true)
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("schema made by EclipseLink before Flyway")
                .load();
        MigrationInfoService info = flyway.info();
        MigrationVersion newest = Arrays.stream(info.all()).filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("no migrations found in " + String.join(", ",
                        locations(vendor))));
        MigrationInfo current = info.current();
        if (current != null && current.getVersion() != null && current.getVersion().compareTo(newest) > 0) {
            throw new SchemaTooNewException("the database's schema is at version " + current.getVersion()
                    + ", newer than the newest this gov-cc knows (" + newest + "): refusing to use it. Deploy the"
                    + " gov-cc that migrated it, or restore a backup made for this version");
        }
        Optional<String> before = Optional.ofNullable(current).map(m -> m.getVersion().getVersion());
        MigrateResult result;
        try {
            result = flyway.migrate();
        } catch (FlywayException e) {
            throw failed(flyway, vendor, e);
        }
        return new Outcome(vendor, before, newest.getVersion(), result.migrationsExecuted);
    }

    /** A failed migration as an exception whose message says why (Flyway's own says "Migration failed !"). */
    private static IllegalStateException failed(Flyway flyway, String vendor, FlywayException e) {
        Throwable why = e;
        boolean unchanged = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            why = t;
            unchanged |= t instanceof UnreadableRowException;
        }
        if (unchanged && vendor.equals("h2")) {
            flyway.repair(); // the migration changed nothing: forget the failed attempt H2 records (DDL commits)
        }
        return new IllegalStateException("migrating the schema failed: " + why.getMessage(), e);
    }

    /**
     * Where Flyway finds the migrations for {@code vendor}: its SQL folder, and the Java migrations that both
     * databases share (they branch on the database where they must).
     */
    static String[] locations(String vendor) {
        return new String[] {"classpath:db/migration/" + vendor, "classpath:" + JAVA_MIGRATIONS};
    }

    /** The migrations' folder for the database: {@code h2} or {@code postgresql}. */
    static String vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            String p = product.toLowerCase(Locale.ROOT);
            if (p.equals("h2")) {
                return "h2";
            }
            if (p.equals("postgresql")) {
                return "postgresql";
            }
            throw new IllegalStateException("gov-cc has migrations for H2 and PostgreSQL only; the datasource is "
                    + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate its schema: " + e.getMessage(), e);
        }
    }
}
