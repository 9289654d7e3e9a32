package org.govcc.reference.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.govcc.reference.cdi.CallRecorder;

/**
 * Alive while the task that writes call records is scheduled. A database that is away does not make the line
 * dead (records wait and are written when it is back); a writer that stopped does, since nothing it holds would
 * ever be written again.
 */
@Liveness
@ApplicationScoped
public class RecorderLiveness implements HealthCheck {

    /** The check's name in the health report. */
    public static final String NAME = "gov-cc-call-recorder";

    @Inject
    CallRecorder recorder;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(recorder.writing())
                .withData("backlog", recorder.pending()).build();
    }
}
