package org.govcc.reference.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.govcc.reference.testing.OwnServers;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The case store on a real PostgreSQL, a throw-away cluster this test starts and stops itself. */
@OwnServers
class JpaCaseStorePostgresIT extends CaseStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }
}
