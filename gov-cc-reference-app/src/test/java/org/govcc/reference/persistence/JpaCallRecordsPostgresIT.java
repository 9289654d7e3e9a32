package org.govcc.reference.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The call records on a real PostgreSQL, a throw-away cluster this test starts and stops itself. */
class JpaCallRecordsPostgresIT extends CallRecordsContract {

    private static PostgresTestCluster postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresTestCluster.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    EntityManagerFactory factory() {
        return postgres.factory();
    }
}
