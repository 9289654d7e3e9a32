package org.govcc.reference.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.govcc.reference.cdi.SipLineLifecycle;
import org.govcc.reference.line.LineSettings;
import org.govcc.reference.line.ReferenceLine;

/**
 * Ready when the SIP line runs: its configuration was valid (a line with a bad configuration does not start, and
 * its deployment fails, which WildFly's own readiness reports too) and its SIP port accepts requests.
 */
@Readiness
@ApplicationScoped
public class LineReadiness implements HealthCheck {

    /** The check's name in the health report. */
    public static final String NAME = "gov-cc-sip-line";

    @Inject
    SipLineLifecycle lifecycle;

    @Override
    public HealthCheckResponse call() {
        ReferenceLine line = lifecycle.line();
        if (line == null) {
            return HealthCheckResponse.named(NAME).down().withData("reason", "the SIP line is not running").build();
        }
        LineSettings settings = line.settings();
        return HealthCheckResponse.named(NAME).status(line.sipListening())
                .withData("sip", settings.bindAddress() + ":" + settings.sipPort())
                .withData("callsInProgress", line.activeCalls())
                .build();
    }
}
