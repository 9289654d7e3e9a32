package org.govcc.reference.supervision.monitor;

import jakarta.ws.rs.core.Response;
import org.govcc.api.control.MonitorRefusal;

/** The HTTP status of each refusal of a monitoring command, in one place. Stateless. */
final class MonitorRefusals {

    private MonitorRefusals() {
    }

    /**
     * Returns the status for {@code refusal}: 404 for a call not in progress, 403 for a line whose policy forbids
     * monitoring (the supervisor's role is not enough there), 503 when the line could not ring the phone, and 409 for
     * a call or phone not in the state the command needs.
     */
    static Response.Status status(MonitorRefusal refusal) {
        switch (refusal) {
            case UNKNOWN_CALL:
                return Response.Status.NOT_FOUND;
            case NOT_ALLOWED:
                return Response.Status.FORBIDDEN;
            case LINE_ERROR:
                return Response.Status.SERVICE_UNAVAILABLE;
            case NOT_CONNECTED:
            case PHONE_NOT_REGISTERED:
            case ALREADY_MONITORED:
            case NOT_MONITORED:
            case NOT_ANSWERED:
                return Response.Status.CONFLICT;
            default:
                throw new IllegalArgumentException("no status for refusal " + refusal);
        }
    }
}
