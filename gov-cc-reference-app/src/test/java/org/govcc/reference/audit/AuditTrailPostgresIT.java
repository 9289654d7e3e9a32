package org.govcc.reference.audit;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.govcc.reference.persistence.TestDatabase;
import org.govcc.reference.testing.OwnServers;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit chain on a real PostgreSQL (a throw-away cluster): row locks and concurrent appends as in production. */
@OwnServers
class AuditTrailPostgresIT extends AuditTrailContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
