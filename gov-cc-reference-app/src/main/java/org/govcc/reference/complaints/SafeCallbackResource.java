package org.govcc.reference.complaints;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govcc.reference.security.Roles;

/**
 * {@code /api/complaints/callbacks}: a complaint officer arranges, during the call, the callback its caller consented
 * to in a window they chose as safe ({@link SafeCallbacks}). Complaint officers only: anyone else gets 403, an
 * anonymous request 401, each refusal recorded in the audit trail like the arrangement itself
 * ({@link ComplaintRefusalAudit}). Refusals are problem+json naming the field.
 */
@Path("/complaints/callbacks")
@RequestScoped
@Tag(name = "complaints")
public class SafeCallbackResource {

    /**
     * The body: the call the officer is talking on, the caller's safe window, and their consent.
     *
     * @param call the call's id
     * @param from the window's start, e.g. {@code 2026-12-25T18:00} (the line's time zone) or with an offset
     * @param until its end, 15 minutes to 12 hours after its start
     * @param consent true: the caller said they want to be called back then
     */
    public record Request(String call, String from, String until, Boolean consent) {
    }

    /** What was arranged: the callback's call and its window (ISO instants). */
    public record View(String callback, String from, String until) {
    }

    @Inject
    SafeCallbacks callbacks;

    @Context
    SecurityContext security;

    /** Arranges the callback: 201 with it. */
    @POST
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Arrange a consented callback", description = "Role: complaint-officer, talking on the call."
            + " The caller's number stays sealed; the callback is dialled withheld, only inside the window.")
    @APIResponse(responseCode = "201", description = "arranged")
    @APIResponse(responseCode = "409", description = "not talking on that call, or the line cannot take it")
    @APIResponse(responseCode = "422", description = "not a sealed line, or the caller withheld their number")
    public Response arrange(Request body) {
        if (body == null) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "body", "a JSON object with call, from, until"
                    + " and consent is required");
        }
        SafeCallbacks.Arranged arranged = callbacks.arrange(security.getUserPrincipal().getName(), body.call(),
                body.from(), body.until(), body.consent());
        return Response.status(Response.Status.CREATED).entity(new View(arranged.callback().value(),
                arranged.from().toString(), arranged.until().toString())).build();
    }
}
