package org.govcc.reference.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The schema migrations on H2, the embedded default. */
class SchemaMigrationH2Test extends SchemaMigrationContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
