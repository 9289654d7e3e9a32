package org.govcc.reference.urgent;

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
import org.govcc.reference.rest.Problem;
import org.govcc.reference.security.Roles;

/**
 * {@code /api/urgent-calls}: the calls whose callers keyed their line's duress code, for supervisors to act on
 * (call the caller's specialist, the police) and acknowledge. Each acknowledgement is audited.
 */
@Path("/urgent-calls")
@RequestScoped
public class UrgentCallResource {

    @Inject
    UrgentCalls urgent;

    @Context
    SecurityContext security;

    /** What a supervisor may add when acknowledging; the body is optional. */
    public record Acknowledgement(String note) {
    }

    /** An open alert as JSON. */
    public record AlertView(String call, String line, String at) {
        static AlertView of(UrgentCalls.Alert alert) {
            return new AlertView(alert.call().value(), alert.line().value(), alert.at().toString());
        }
    }

    /** The open alerts, oldest first. */
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Produces(MediaType.APPLICATION_JSON)
    public List<AlertView> open() {
        return urgent.open().stream().map(AlertView::of).toList();
    }

    /** Acknowledges the alert of {@code call}: 200 with it, 404 (problem+json) when none is open for the call. */
    @POST
    @Path("/{call}/acknowledgement")
    @RolesAllowed(Roles.SUPERVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response acknowledge(@PathParam("call") String call, Acknowledgement body) {
        String note = body == null || body.note() == null ? "" : body.note().strip();
        if (note.length() > 500) {
            return Problem.about(Response.Status.BAD_REQUEST, "note", "a note is at most 500 characters").response();
        }
        CallId id;
        try {
            id = new CallId(call);
        } catch (IllegalArgumentException e) {
            return notOpen(call);
        }
        return urgent.acknowledge(id, security.getUserPrincipal().getName(), Roles.SUPERVISOR, note)
                .map(alert -> Response.ok(AlertView.of(alert)).build()).orElseGet(() -> notOpen(call));
    }

    private static Response notOpen(String call) {
        return Problem.about(Response.Status.NOT_FOUND, "call", "no urgent call alert is open for call " + call)
                .response();
    }
}
