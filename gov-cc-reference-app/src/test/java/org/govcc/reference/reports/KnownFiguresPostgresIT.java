package org.govcc.reference.reports;

import jakarta.persistence.EntityManagerFactory;
import org.govcc.reference.persistence.TestDatabase;
import org.govcc.reference.testing.OwnServers;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Known figures on a real PostgreSQL (a throw-away cluster this test starts and stops): a simulated ministry day, reported exactly. */
@OwnServers
class KnownFiguresPostgresIT extends KnownFiguresContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }
}
