package org.govcc.reference.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call records on H2, the embedded default, with the WAR's own persistence unit run outside the server. */
class JpaCallRecordsH2Test extends CallRecordsContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }
}
