package org.govcc.reference.reports;

import jakarta.persistence.EntityManagerFactory;
import org.govcc.reference.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reports on H2, the embedded default. */
class JpaReportsH2Test extends ReportsContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }
}
