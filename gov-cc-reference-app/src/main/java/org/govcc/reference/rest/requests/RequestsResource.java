package org.govcc.reference.rest.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.persistence.JpaRequestKeys;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.rest.ProblemException;
import org.govcc.reference.rest.validation.ValidAfm;
import org.govcc.reference.rest.validation.ValidAmka;
import org.govcc.reference.security.Roles;

/**
 * {@code /api/requests}: citizen requests, created during or after a call, with notes and status changes, tracked to
 * closure. Refusals are problem+json naming the field: 400 malformed or invalid input, 401 not signed in, 403 not
 * this user's to read or change ({@link Requester}), 404 unknown request, 409 a status change the request's status
 * does not allow, 422 an unknown line, topic or call, or an {@code Idempotency-Key} reused with another body.
 */
@Path("/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "requests", description = "Citizen requests (cases). Agents: their own body's topics; supervisors: read"
        + " only; complaint officers: the confidential line's sealed requests; administrators: none.")
public class RequestsResource {

    /** The header of an idempotent creation. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    RequestService service;

    @Inject
    LineConfiguration configuration;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** Opens a request; a retry with the same {@code Idempotency-Key} and body answers the first one (200). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.COMPLAINT_OFFICER})
    @Operation(summary = "Open a request", description = "Roles: agent (a topic of their body), complaint-officer"
            + " (the confidential line). Linked to the call's record when a call id is given. Due by the end of the"
            + " opening day plus the topic's requestDueDays, in calendar days.")
    @APIResponse(responseCode = "201", description = "opened; Location names it")
    @APIResponse(responseCode = "200", description = "a retry: the request the same key and body opened")
    @APIResponse(responseCode = "400", description = "malformed JSON, an invalid AMKA/AFM, a missing or oversize field")
    @APIResponse(responseCode = "403", description = "a topic of another body, or a confidential line")
    @APIResponse(responseCode = "422", description = "unknown line, topic or call; a key reused with another body")
    public Response create(
            @Parameter(description = "any unique text (a UUID): a retried POST with it creates one request")
            @HeaderParam(IDEMPOTENCY_KEY) String key,
            @NotNull @Valid NewRequest body) {
        Optional<String> idempotencyKey = Optional.ofNullable(key);
        if (idempotencyKey.isPresent() && !JpaRequestKeys.KEY.matcher(key).matches()) {
            throw new ProblemException(Problem.about(Response.Status.BAD_REQUEST, IDEMPOTENCY_KEY,
                    "an Idempotency-Key is 1-128 of letters, digits and ._:~+/=-"));
        }
        Requester who = who();
        RequestService.Created created;
        try {
            created = service.create(who, body, idempotencyKey);
        } catch (RuntimeException e) {
            // Two tries with one key at once: the second's key row fails at commit; the first's request is the answer.
            created = idempotencyKey.flatMap(k -> service.replay(who, body, k)).orElseThrow(() -> e);
        }
        if (created.replayed()) {
            return Response.ok(created.request()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(created.request().id()).build())
                .entity(created.request()).build();
    }

    /** Returns one page of the requests this user may read that match every criterion given, newest first. */
    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER})
    @Operation(summary = "Search requests", description = "Roles: agent (their body's topics), supervisor (all but"
            + " sealed), complaint-officer (also sealed). Every criterion given must hold; newest first; another"
            + " body's requests are never found nor counted.")
    @APIResponse(responseCode = "200", description = "a page")
    @APIResponse(responseCode = "400", description = "a criterion that cannot be read, named")
    public RequestPage search(@QueryParam("amka") @ValidAmka String amka, @QueryParam("afm") @ValidAfm String afm,
                              @QueryParam("reference") @Size(min = 1, max = 32) String reference,
                              @Parameter(description = "the caller's number (lines that keep numbers only)")
                              @QueryParam("phone") @Size(min = 2, max = 32) String phone,
                              @Parameter(description = "first day opened, e.g. 2026-11-01 (Athens)")
                              @QueryParam("from") String from,
                              @Parameter(description = "last day opened, inclusive")
                              @QueryParam("to") String to,
                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.search(who(), RequestSearch.of(amka, afm, reference, phone, from, to, page, size));
    }

    /** Returns request {@code id}. */
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER})
    @Operation(summary = "Read a request", description = "Roles: as for the search.")
    @APIResponse(responseCode = "200", description = "the request, with its due date and whether it is late")
    @APIResponse(responseCode = "403", description = "another body's, or sealed")
    @APIResponse(responseCode = "404", description = "no such request")
    public RequestView find(@PathParam("id") String id) {
        return service.find(who(), id);
    }

    /** Returns request {@code id}'s status changes, oldest first. */
    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER})
    @Operation(summary = "A request's history", description = "Roles: as for the search.")
    @APIResponse(responseCode = "200", description = "every status change, with who, why and when")
    public List<RequestView.TransitionView> history(@PathParam("id") String id) {
        return service.history(who(), id);
    }

    /** Adds a note, written by the signed-in user. */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.COMPLAINT_OFFICER})
    @Operation(summary = "Add a note", description = "Roles: agent (their body's topics), complaint-officer"
            + " (sealed). The author is the signed-in user.")
    @APIResponse(responseCode = "200", description = "the request with the note")
    public RequestView addNote(@PathParam("id") String id, @NotNull @Valid NewNote body) {
        return service.addNote(who(), id, body);
    }

    /** Moves the request to another status, by the signed-in user. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.COMPLAINT_OFFICER})
    @Operation(summary = "Change a request's status", description = "Roles: as for notes. A move to REFERRED names"
            + " the other body and its reference.")
    @APIResponse(responseCode = "200", description = "the request in its new status")
    @APIResponse(responseCode = "409", description = "the request's status does not allow this move (field status)")
    public RequestView transition(@PathParam("id") String id, @NotNull @Valid NewTransition body) {
        return service.transition(who(), id, body);
    }

    private Requester who() {
        return Requester.of(security, configuration);
    }
}
