package org.govcc.reference.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import org.govcc.api.complaint.ComplaintId;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.security.Roles;

/**
 * Records in the audit trail every refused request under {@code /api/complaints}: the 401 and 403 of the access
 * filter (not signed in, not a complaint officer) as well as the resource's own refusals (bad input, unknown or
 * closed complaint). A response filter, because the access filter's refusal ends the request before any resource
 * code runs; response filters still see it.
 */
@Provider
@ApplicationScoped
public class ComplaintRefusalAudit implements ContainerResponseFilter {

    /** The request attribute that says the refusal is recorded already (by the store). */
    static final String RECORDED = "org.govcc.complaints.refusal-recorded";

    private static final Logger LOG = Logger.getLogger(ComplaintRefusalAudit.class.getName());
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile(
            "/?complaints(?:/(K[1-9][0-9]{0,17}))?(?:/.*)?");

    @Inject
    ComplaintAudit audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        Matcher path = PATH.matcher(request.getUriInfo().getPath());
        if (status < 400 || status >= 500 || !path.matches() || request.getProperty(RECORDED) != null) {
            return;
        }
        Principal user = request.getSecurityContext().getUserPrincipal();
        String actor = user == null ? "anonymous" : user.getName();
        String roles = user == null ? "anonymous" : String.join(",", Roles.ALL.stream()
                .filter(request.getSecurityContext()::isUserInRole).toList());
        String field = response.getEntity() instanceof Problem p && p.field() != null ? ", field " + p.field() : "";
        try {
            audit.refusal(actor, roles.isEmpty() ? "none" : roles, Optional.ofNullable(path.group(1))
                    .map(ComplaintId::new), request.getMethod() + " /api/" + request.getUriInfo().getPath()
                    .replaceFirst("^/", "") + " -> " + status + field);
        } catch (RuntimeException e) {
            // The refusal stands either way; a trail that cannot be written is the operators' alarm, not the user's.
            LOG.log(Level.SEVERE, "gov-cc: could not record a refused complaint request in the audit trail", e);
        }
    }
}
