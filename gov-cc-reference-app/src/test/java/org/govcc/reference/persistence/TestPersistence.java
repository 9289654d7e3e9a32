package org.govcc.reference.persistence;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns the WAR's JTA persistence unit into a resource-local one over a plain JDBC URL, for tests. The schema is
 * Flyway's, as in the server ({@link TestDatabase} migrates it first): no DDL generation here either.
 */
final class TestPersistence {

    private TestPersistence() {
    }

    static Map<String, Object> localUnit(String url, String user, String password, Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.url", url);
        p.put("jakarta.persistence.jdbc.user", user);
        p.put("jakarta.persistence.jdbc.password", password);
        p.put("eclipselink.target-server", "None");
        p.put("eclipselink.ddl-generation", "none");
        p.put("eclipselink.logging.level", "WARNING");
        p.putAll(extra);
        return p;
    }
}
