package org.govcc.reference.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The schema migrations on a throw-away PostgreSQL cluster. */
class SchemaMigrationPostgresIT extends SchemaMigrationContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
