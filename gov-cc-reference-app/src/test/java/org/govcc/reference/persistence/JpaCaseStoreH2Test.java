package org.govcc.reference.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The case store on H2, the embedded default, with the WAR's own persistence unit run outside the server. */
class JpaCaseStoreH2Test extends CaseStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }
}
