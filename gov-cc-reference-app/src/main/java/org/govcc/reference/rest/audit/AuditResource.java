package org.govcc.reference.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.logging.Logger;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditRecord;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.audit.AuditVerification;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.security.Roles;

/**
 * The audit trail for administrators: {@code GET /api/audit/verification} walks the chain and names its first broken
 * link; {@code GET /api/audit/entries?from=&size=} reads it page by page. Both are themselves audited (a
 * {@link AuditAction#VERIFY} or {@link AuditAction#READ} entry about {@code audit-trail govcc}), after the fact, so
 * that a verification never checks its own entry.
 */
@Path("/audit")
@RequestScoped
@RolesAllowed(Roles.ADMINISTRATOR)
public class AuditResource {

    /** The trail's subject in its own entries. */
    static final AuditSubject TRAIL = AuditSubject.of("audit-trail", "govcc");

    private static final Logger LOG = Logger.getLogger(AuditResource.class.getName());

    @Inject
    AuditTrail trail;

    @Context
    SecurityContext security;

    /** Walks the chain: 200 with what was found (intact or not), and a VERIFY entry with its summary. */
    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationView verification() {
        AuditVerification found = trail.verify();
        if (found.intact()) {
            LOG.info(found::summary);
        } else {
            LOG.severe(found::summary);
        }
        trail.append(user(), Roles.ADMINISTRATOR, AuditAction.VERIFY, TRAIL, found.summary());
        return VerificationView.of(found);
    }

    /** Up to {@code size} (1-500, default 100) entries from number {@code from} (default 1) on. */
    @GET
    @Path("/entries")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response entries(@QueryParam("from") @DefaultValue("1") long from,
                            @QueryParam("size") @DefaultValue("100") int size) {
        if (from < 1) {
            return Problem.about(Response.Status.BAD_REQUEST, "from", "entries are numbered from 1").response();
        }
        if (size < 1 || size > 500) {
            return Problem.about(Response.Status.BAD_REQUEST, "size", "a page holds 1 to 500 entries").response();
        }
        long last = trail.lastSequence();
        List<AuditRecord> page = trail.read(from, size);
        long next = page.isEmpty() || page.get(page.size() - 1).sequence() >= last ? 0
                : page.get(page.size() - 1).sequence() + 1;
        trail.append(user(), Roles.ADMINISTRATOR, AuditAction.READ, TRAIL, "read entries " + from + " to "
                + (page.isEmpty() ? from : page.get(page.size() - 1).sequence()));
        return Response.ok(new AuditPage(page, from, next, last)).build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
