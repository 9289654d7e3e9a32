package org.govcc.reference.complaints;

import org.govcc.reference.persistence.TestDatabase;
import org.govcc.reference.testing.OwnServers;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The complaint store on PostgreSQL (a throw-away cluster on loopback): schema version 10's BYTEA and zoned times. */
@OwnServers
class JpaComplaintsPostgresIT extends ComplaintStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
