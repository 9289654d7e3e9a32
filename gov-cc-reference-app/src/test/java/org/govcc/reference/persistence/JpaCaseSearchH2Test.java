package org.govcc.reference.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The case search on H2, the embedded default. */
class JpaCaseSearchH2Test extends CaseSearchContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }
}
