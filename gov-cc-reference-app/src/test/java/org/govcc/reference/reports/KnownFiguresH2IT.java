package org.govcc.reference.reports;

import jakarta.persistence.EntityManagerFactory;
import org.govcc.reference.persistence.TestDatabase;
import org.govcc.reference.testing.OwnServers;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Known figures on H2, the embedded default: a simulated ministry day, reported exactly. */
@OwnServers
class KnownFiguresH2IT extends KnownFiguresContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    EntityManagerFactory factory() {
        return DATABASE.factory();
    }
}
