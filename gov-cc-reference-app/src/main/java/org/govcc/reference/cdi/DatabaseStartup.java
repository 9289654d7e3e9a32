package org.govcc.reference.cdi;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.govcc.reference.persistence.SchemaMigration;

/**
 * Readies the database at deployment, before anything uses the persistence unit and before the SIP line starts
 * ({@link SipLineLifecycle} asks for it first): migrates the schema with Flyway, then closes the records of calls
 * that the previous run of the server left open (a crash, a kill -9) as interrupted. Either failing fails the
 * deployment, with the reason in the server log: a line that cannot keep records must not take calls.
 *
 * <p>Thread-safe: {@link #ready()} runs once.
 */
@ApplicationScoped
public class DatabaseStartup {

    /** The line's datasource, as persistence.xml names it. */
    static final String DATASOURCE = "java:jboss/datasources/GovCcDS";
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    CallRecordsService records;

    private boolean ready;

    /** Before the other start-up observers: the database comes first. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
            Object ignored) {
        ready();
    }

    /** Migrates the schema and closes interrupted calls, unless done already. */
    public synchronized void ready() {
        if (ready) {
            return;
        }
        SchemaMigration.Outcome schema;
        try {
            schema = SchemaMigration.migrate(dataSource);
        } catch (RuntimeException e) {
            LOG.severe("gov-cc database " + DATASOURCE + ": " + e.getMessage());
            throw e;
        }
        LOG.info(() -> "gov-cc database " + DATASOURCE + " (" + schema.database() + "): schema "
                + schema.before().map(v -> "was at version " + v).orElse("was empty") + ", now at version "
                + schema.now() + " (" + schema.applied() + " migrations applied)");
        int interrupted = records.closeInterrupted();
        if (interrupted > 0) {
            LOG.warning(() -> "call records: " + interrupted + " calls were in progress when the server last stopped;"
                    + " closed as interrupted");
        }
        ready = true;
    }
}
