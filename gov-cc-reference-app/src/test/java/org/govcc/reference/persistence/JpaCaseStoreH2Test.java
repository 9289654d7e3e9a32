package org.govcc.reference.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The case store on H2, the embedded default, with the WAR's own persistence unit run outside the server. */
class JpaCaseStoreH2Test extends CaseStoreContract {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void createFactory() {
        factory = Persistence.createEntityManagerFactory("govcc", TestPersistence.localUnit(
                "jdbc:h2:mem:cases-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", Map.of()));
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
