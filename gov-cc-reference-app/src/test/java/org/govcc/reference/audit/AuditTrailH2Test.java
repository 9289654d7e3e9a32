package org.govcc.reference.audit;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.govcc.reference.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit chain on H2, the embedded default. */
class AuditTrailH2Test extends AuditTrailContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
