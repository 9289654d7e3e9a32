package org.govcc.reference.persistence;

import org.govcc.reference.testing.OwnServers;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The schema migrations on a throw-away PostgreSQL cluster. */
@OwnServers
class SchemaMigrationPostgresIT extends SchemaMigrationContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
