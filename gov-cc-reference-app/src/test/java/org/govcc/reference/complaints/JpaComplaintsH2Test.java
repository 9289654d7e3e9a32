package org.govcc.reference.complaints;

import org.govcc.reference.persistence.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The complaint store on H2, the embedded default. */
class JpaComplaintsH2Test extends ComplaintStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return DATABASE;
    }
}
