package org.govcc.reference.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The call records on H2, the embedded default, with the WAR's own persistence unit run outside the server. */
class JpaCallRecordsH2Test extends CallRecordsContract {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void createFactory() {
        factory = Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(
                "jdbc:h2:mem:calls-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", Map.of()));
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @Override
    EntityManagerFactory factory() {
        return factory;
    }
}
