package org.govcc.reference.complaints;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govcc.api.cases.Actor;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintId;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;
import org.govcc.reference.complaints.ComplaintBodies.Classification;
import org.govcc.reference.complaints.ComplaintBodies.Closure;
import org.govcc.reference.complaints.ComplaintBodies.Description;
import org.govcc.reference.complaints.ComplaintBodies.NewComplaint;
import org.govcc.reference.complaints.ComplaintBodies.NewNote;
import org.govcc.reference.complaints.ComplaintBodies.ReferralUpdate;
import org.govcc.reference.persistence.JpaRequestKeys;
import org.govcc.reference.security.Roles;

/**
 * {@code /api/complaints}: the complaints of the confidential line, for complaint officers only. Every method
 * declares that role alone: an agent, a supervisor or an administrator gets 403 and an anonymous request 401, each
 * refusal recorded in the audit trail ({@link ComplaintRefusalAudit}) like every read, change and export. Refusals
 * are problem+json naming the field: 400 invalid input, 404 unknown complaint, 409 a closed complaint changed, 422 an
 * unknown line or call, or an {@code Idempotency-Key} reused with another body.
 */
@Path("/complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints", description = "Complaints of the confidential line (sexual harassment, abuse, power"
        + " violence). Complaint officers only; every access audited.")
public class ComplaintsResource {

    private static final String AGENCY = "LABOUR_INSPECTORATE|SOS_15900|POLICE";
    private static final String STATUS = "OPEN|REFERRED|CLOSED";
    private static final String COMPLAINT_ID = "K[1-9][0-9]{0,17}";

    @Inject
    ComplaintService service;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** Receives a complaint; a retry with the same {@code Idempotency-Key} and body answers the first (200). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "Receive a complaint", description = "Role: complaint-officer. Linked to the call (its"
            + " record must be of the line); the caller's number is never kept.")
    @APIResponse(responseCode = "201", description = "received; Location names it")
    @APIResponse(responseCode = "200", description = "a retry: the complaint the same key and body made")
    @APIResponse(responseCode = "422", description = "not a complaint line, an unknown call, a key reused")
    public Response create(
            @Parameter(description = "any unique text (a UUID): a retried POST with it receives one complaint")
            @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid NewComplaint body) {
        if (key != null && !JpaRequestKeys.KEY.matcher(key).matches()) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "Idempotency-Key",
                    "an Idempotency-Key is 1-128 of letters, digits and ._:~+/=-");
        }
        Actor officer = officer();
        ComplaintService.Created created;
        try {
            created = service.create(officer, body, Optional.ofNullable(key));
        } catch (TransactionalException e) {
            if (key == null) {
                throw e;
            }
            // Two tries with one key at once: the second's key row fails at commit; the first's complaint answers.
            created = service.create(officer, body, Optional.of(key));
        }
        ComplaintView view = ComplaintView.of(created.complaint());
        if (created.replayed()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    /** Returns one page of complaints, newest first, in clear columns only. */
    @GET
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "List complaints", description = "Role: complaint-officer. Every criterion given must hold;"
            + " nothing sealed is opened for a list.")
    public ComplaintSummary.Page list(
            @QueryParam("status") @Pattern(regexp = STATUS, message = "must be one of " + STATUS) String status,
            @QueryParam("category") @Pattern(regexp = ComplaintBodies.CATEGORY,
                    message = "must be one of " + ComplaintBodies.CATEGORY) String category,
            @QueryParam("call") @Pattern(regexp = ComplaintBodies.ID, message = "is not a call id") String call,
            @Parameter(description = "first day received, e.g. 2026-11-01 (Athens)") @QueryParam("from") String from,
            @Parameter(description = "last day received, inclusive") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.search(officer(), ComplaintSearch.of(status, category, call, from, to, page, size));
    }

    /** Returns complaint {@code id} in full. */
    @GET
    @Path("{id}")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "Read a complaint", description = "Role: complaint-officer. The read is audited.")
    @APIResponse(responseCode = "404", description = "no such complaint")
    public ComplaintView find(@PathParam("id") String id) {
        return ComplaintView.of(service.find(complaint(id), officer()).orElseThrow(() -> unknown(id)));
    }

    /** Returns complaint {@code id} as a file to keep or hand over (e.g. to the Labour Inspectorate). */
    @GET
    @Path("{id}/export")
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "Export a complaint", description = "Role: complaint-officer. The whole complaint as a JSON"
            + " attachment, with who exported it and when; the export is audited.")
    public Response export(@PathParam("id") String id) {
        Actor officer = officer();
        ComplaintView view = ComplaintView.of(service.export(complaint(id), officer));
        return Response.ok(new Export(clock.instant(), officer.id(), view))
                .header("Content-Disposition", "attachment; filename=\"complaint-" + view.id() + ".json\"").build();
    }

    /** Appends a note by the signed-in officer. */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "Add a note", description = "Role: complaint-officer. Appended with its author and time.")
    public ComplaintView addNote(@PathParam("id") String id, @NotNull @Valid NewNote body) {
        return ComplaintView.of(service.addNote(complaint(id), body.text(), officer()));
    }

    /** Classifies the complaint. */
    @PUT
    @Path("{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "Classify a complaint", description = "Role: complaint-officer. 409 once closed.")
    public ComplaintView classify(@PathParam("id") String id, @NotNull @Valid Classification body) {
        return ComplaintView.of(service.classify(complaint(id), ComplaintCategory.valueOf(body.category()),
                officer()));
    }

    /** Sets the workplace or employer and the account. */
    @PUT
    @Path("{id}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "Describe a complaint", description = "Role: complaint-officer. The workplace (absent: not"
            + " known) and the narrative replace what was there; 409 once closed.")
    public ComplaintView describe(@PathParam("id") String id, @NotNull @Valid Description body) {
        return ComplaintView.of(service.describe(complaint(id), Optional.ofNullable(body.workplace()),
                body.narrative(), officer()));
    }

    /** Refers the complaint to an authority, or moves that referral on. */
    @PUT
    @Path("{id}/referrals/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "Refer a complaint", description = "Role: complaint-officer. Adds the referral to the"
            + " authority or sets its status (with the date); an open complaint becomes REFERRED; 409 once closed.")
    public ComplaintView refer(@PathParam("id") String id,
                               @PathParam("agency") @Pattern(regexp = AGENCY, message = "must be one of " + AGENCY)
                               String agency, @NotNull @Valid ReferralUpdate body) {
        return ComplaintView.of(service.refer(complaint(id), ReferralAgency.valueOf(agency),
                ReferralStatus.valueOf(body.status()), Optional.ofNullable(body.reference()), officer()));
    }

    /** Closes the complaint. */
    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMPLAINT_OFFICER)
    @Operation(summary = "Close a complaint", description = "Role: complaint-officer. The reason becomes the last"
            + " note; the line's retention runs from now; 409 if closed already.")
    public ComplaintView close(@PathParam("id") String id, @NotNull @Valid Closure body) {
        return ComplaintView.of(service.close(complaint(id), body.reason(), officer()));
    }

    /**
     * The exported file.
     *
     * @param exportedAt when
     * @param exportedBy by whom
     * @param complaint the complaint
     */
    public record Export(Instant exportedAt, String exportedBy, ComplaintView complaint) {
    }

    private Actor officer() {
        return new Actor(security.getUserPrincipal().getName(), Roles.ALL.stream().filter(security::isUserInRole)
                .collect(Collectors.toSet()));
    }

    private static ComplaintId complaint(String id) {
        if (!id.matches(COMPLAINT_ID)) {
            throw unknown(id);
        }
        return new ComplaintId(id);
    }

    private static ComplaintProblem unknown(String id) {
        return new ComplaintProblem(ComplaintProblem.Kind.UNKNOWN, "id", "no complaint " + id);
    }
}
