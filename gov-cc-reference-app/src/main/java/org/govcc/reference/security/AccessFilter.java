package org.govcc.reference.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;
import org.govcc.reference.rest.Problem;

/**
 * Lets a REST request through only to a resource method whose roles it holds: anonymous requests get 401 and
 * signed-in ones without the role 403, both as problem+json. A method that declares nothing ({@code @RolesAllowed},
 * {@code @PermitAll} or {@code @DenyAll}, on itself or its class) is refused to everyone: access fails closed.
 *
 * <p>The paths under {@code /api} carry no {@code web.xml} constraint, so that the sign-in page's redirect is never
 * the answer to a script; the container still authenticates a session or an {@code Authorization} header there.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "nobody may call this").response());
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
            LOG.severe("gov-cc: " + type.getName() + "." + method.getName() + " declares no roles; refused");
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "this resource declares no roles").response());
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Response unauthorised = Problem.of(Response.Status.UNAUTHORIZED,
                    "sign in first (a session from signin.html, or HTTP Basic)").response();
            request.abortWith(Response.fromResponse(unauthorised)
                    .header(HttpHeaders.WWW_AUTHENTICATE, challenge(request)).build());
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "this needs one of the roles "
                    + String.join(", ", allowed.value())).response());
        }
    }

    /**
     * Returns the challenge: Basic for scripts, and a scheme browsers do not prompt for when the pages' own scripts
     * ask (they send {@code X-Requested-With}) and should show the sign-in page instead. A browser's EventSource
     * (the desktop's stream) cannot send that header; it always asks for {@code text/event-stream}.
     */
    private static String challenge(ContainerRequestContext request) {
        boolean page = request.getHeaderString("X-Requested-With") != null
                || String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)).startsWith(MediaType.SERVER_SENT_EVENTS);
        String scheme = page ? "Session" : "Basic";
        return scheme + " realm=\"" + StaffIdentities.REALM + "\"";
    }
}
