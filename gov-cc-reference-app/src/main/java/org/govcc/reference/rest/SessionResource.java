package org.govcc.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.Collectors;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.security.Roles;

/** {@code GET /api/session}: who is signed in, with which roles, and as which agent of which body. */
@Path("/session")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.COMPLAINT_OFFICER, Roles.ADMINISTRATOR})
public class SessionResource {

    /**
     * The signed-in user.
     *
     * @param user the user name
     * @param roles the roles held, in {@link Roles#ALL}'s order
     * @param agent the roster's agent of that name, or null for staff who take no calls
     * @param idleTimeoutSeconds after how many idle seconds the HTTP session ends (sign-in again), or null when the
     *                           request signed in without a session (HTTP Basic, a bearer token)
     */
    public record SignedIn(String user, List<String> roles, Agent agent, Integer idleTimeoutSeconds) {
    }

    /**
     * An agent of the roster.
     *
     * @param id the agent (and phone) id
     * @param name the display name
     * @param body the supervised body the agent works for
     */
    public record Agent(String id, String name, String body) {
    }

    @Inject
    LineConfiguration configuration;

    @Context
    SecurityContext security;

    /** Returns the signed-in user. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SignedIn session(@Context HttpServletRequest http) {
        String user = security.getUserPrincipal().getName();
        List<String> roles = Roles.ALL.stream().filter(security::isUserInRole).collect(Collectors.toList());
        Agent agent = configuration.roster().stream().filter(a -> a.id().value().equals(user)).findFirst()
                .map(a -> new Agent(a.id().value(), a.displayName(), a.organisation().value())).orElse(null);
        HttpSession session = http.getSession(false);
        return new SignedIn(user, roles, agent, session == null ? null : session.getMaxInactiveInterval());
    }
}
