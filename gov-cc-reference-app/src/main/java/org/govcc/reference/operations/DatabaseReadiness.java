package org.govcc.reference.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the line's database answers. While it does not, the line still takes calls (their records wait in
 * memory, see {@link org.govcc.reference.cdi.CallRecorder}), but nothing new can be read or saved, so a balancer
 * should prefer another node.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** The check's name in the health report. */
    public static final String NAME = "gov-cc-database";
    /** The longest a check waits for the database to answer. */
    private static final int VALID_TIMEOUT_SECONDS = 2;

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALID_TIMEOUT_SECONDS);
            return HealthCheckResponse.named(NAME).status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
