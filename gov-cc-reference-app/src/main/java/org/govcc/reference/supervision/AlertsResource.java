package org.govcc.reference.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.govcc.api.call.CallId;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.urgent.UrgentCalls;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.rest.ProblemException;
import org.govcc.reference.security.Roles;

/**
 * {@code /api/supervision/alerts}: the wallboard's alerts, and their acknowledgement by a supervisor (audited), which
 * takes an alert off the board until its condition ends.
 */
@Path("/supervision/alerts")
@RequestScoped
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
public class AlertsResource {

    /**
     * The body of {@code acknowledge} (optional).
     *
     * @param note what the supervisor does about it, kept in the audit entry (at most 500 characters)
     */
    public record Acknowledgement(String note) {
    }

    @Inject
    WallboardService wallboard;

    @Inject
    AuditTrail audit;

    @Inject
    UrgentCalls urgent;

    @Context
    SecurityContext security;

    /** Returns the alerts on the board, oldest first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LiveBoard.Alert> alerts() {
        return wallboard.board().alerts();
    }

    /** Acknowledges alert {@code id}; 404 if it is not raised now (it may have cleared itself). */
    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public LiveBoard.Alert acknowledge(@PathParam("id") String id, Acknowledgement body) {
        String note = body == null || body.note() == null ? "" : body.note().strip();
        if (note.length() > SupervisorActions.MAX_WHY) {
            throw new ProblemException(new Problem("about:blank", "Unprocessable Content", 422, "note must be at most "
                    + SupervisorActions.MAX_WHY + " characters, but was " + note.length(), "note"));
        }
        AlertCondition raised = wallboard.alerts().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new ProblemException(Problem.about(Response.Status.NOT_FOUND, "id",
                        "no alert '" + id + "' is raised now (it may have cleared itself)")));
        String user = security.getUserPrincipal().getName();
        // Audited before it leaves the board: an acknowledgement the trail could not take is not made.
        audit.append(user, Roles.SUPERVISOR, AuditAction.CHANGE, AuditSubject.of("alert", id),
                "supervisor acknowledged " + raised.kind() + " of " + raised.subject() + " (since " + raised.since()
                        + ")" + (note.isEmpty() ? "" : "; note: " + note));
        if (raised.kind() == AlertKind.URGENT_CALL) {
            // The urgent call's own alert closes too (audited as ACKNOWLEDGE of the call).
            urgent.acknowledge(new CallId(raised.subject()), user, Roles.SUPERVISOR, note);
        }
        wallboard.acknowledge(id, user);
        return new LiveBoard.Alert(raised.id(), raised.kind().name(), raised.subject(), raised.since().toString(),
                raised.limitSeconds());
    }
}
