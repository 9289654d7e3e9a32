package org.govcc.reference.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.govcc.reference.security.Roles;

/**
 * {@code /api/supervision/agents/{agent}}: a supervisor's acts on an agent, each with why, each audited. Refusals are
 * problem+json: 404 for an agent the roster does not know, 422 naming the field at fault, 409 when the agent's state
 * does not allow it.
 */
@Path("/supervision/agents/{agent}")
@RequestScoped
@RolesAllowed(Roles.SUPERVISOR)
public class SupervisorActionsResource {

    /**
     * The body of {@code not-ready}.
     *
     * @param reason a reason of the line's {@code agent-desk.json}
     * @param why why the supervisor does it (required, kept in the audit trail)
     */
    public record NotReady(String reason, String why) {
    }

    /**
     * The body of {@code sign-out} and {@code reset}.
     *
     * @param why why the supervisor does it (required, kept in the audit trail)
     */
    public record Why(String why) {
    }

    /**
     * The body of {@code move}.
     *
     * @param from a skill the agent has
     * @param to a skill of the line the agent does not have; they get it at {@code from}'s level until midnight
     * @param why why the supervisor does it (required, kept in the audit trail)
     */
    public record Move(String from, String to, String why) {
    }

    /**
     * What was done.
     *
     * @param agent the agent
     * @param done the act, in words (as the audit trail keeps it)
     */
    public record Done(String agent, String done) {
    }

    @Inject
    SupervisorActions actions;

    @Context
    SecurityContext security;

    @PathParam("agent")
    String agent;

    /** Makes the agent not ready (after the call in hand, if any). */
    @POST
    @Path("not-ready")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Done notReady(NotReady body) {
        return done(actions.notReady(user(), agent, body == null ? null : body.reason(),
                body == null ? null : body.why()));
    }

    /** Signs the agent out of the line (after the call in hand, if any). */
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Done signOut(Why body) {
        return done(actions.signOut(user(), agent, body == null ? null : body.why()));
    }

    /** Moves the agent from one skill to another until the line's midnight. */
    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Done move(Move body) {
        return done(body == null ? actions.move(user(), agent, null, null, null)
                : actions.move(user(), agent, body.from(), body.to(), body.why()));
    }

    /** Resets a stuck agent to not ready. */
    @POST
    @Path("reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Done reset(Why body) {
        return done(actions.reset(user(), agent, body == null ? null : body.why()));
    }

    private Done done(String what) {
        return new Done(agent, what);
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
