package org.govcc.reference.supervision.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.govcc.api.control.MonitorRefusal;
import org.junit.jupiter.api.Test;

class MonitorRefusalsTest {

    @Test
    void everyRefusalHasAClientOrServerErrorStatus() {
        for (MonitorRefusal refusal : MonitorRefusal.values()) {
            assertThat(MonitorRefusals.status(refusal).getStatusCode()).as(refusal.code()).isBetween(400, 599);
        }
    }

    @Test
    void theConfidentialLinesPolicyIsForbiddenAnUnknownCallNotFoundAndAStateConflictAConflict() {
        assertThat(MonitorRefusals.status(MonitorRefusal.NOT_ALLOWED)).isEqualTo(Response.Status.FORBIDDEN);
        assertThat(MonitorRefusals.status(MonitorRefusal.UNKNOWN_CALL)).isEqualTo(Response.Status.NOT_FOUND);
        assertThat(MonitorRefusals.status(MonitorRefusal.ALREADY_MONITORED)).isEqualTo(Response.Status.CONFLICT);
        assertThat(MonitorRefusals.status(MonitorRefusal.PHONE_NOT_REGISTERED)).isEqualTo(Response.Status.CONFLICT);
        assertThat(MonitorRefusals.status(MonitorRefusal.LINE_ERROR))
                .isEqualTo(Response.Status.SERVICE_UNAVAILABLE);
    }
}
