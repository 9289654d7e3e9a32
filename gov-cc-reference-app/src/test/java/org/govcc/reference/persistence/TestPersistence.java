package org.govcc.reference.persistence;

import java.util.HashMap;
import java.util.Map;

/** Turns the WAR's JTA persistence unit into a resource-local one over a plain JDBC URL, for tests. */
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
        p.put("eclipselink.ddl-generation", "drop-and-create-tables");
        // Dropping what does not exist yet is expected on a fresh database: keep those warnings out of the log.
        p.put("eclipselink.logging.level", "SEVERE");
        p.putAll(extra);
        return p;
    }
}
