package org.govcc.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.govcc.api.agent.AgentId;
import org.govcc.reference.desk.DeskCalls;
import org.govcc.reference.desk.DeskService;
import org.govcc.reference.desk.DeskStream;
import org.govcc.reference.desk.DeskView;
import org.govcc.reference.security.Roles;

/**
 * {@code /api/agent}: the signed-in agent's own desk, their state and its commands, and the stream their desktop
 * listens to. There is no agent id in any path or body: an agent acts only as themselves. Refusals are problem+json:
 * 409 when the state does not allow the command, 422 naming the field for a reason or code the line does not offer,
 * 403 for a user who is not an agent of the roster.
 */
@Path("/agent")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.COMPLAINT_OFFICER})
public class AgentResource {

    /**
     * The body of {@code not-ready}.
     *
     * @param reason a reason of the line's {@code agent-desk.json}
     */
    public record NotReady(String reason) {
    }

    /**
     * The body of {@code wrap-up}.
     *
     * @param code a wrap-up code the call's queue offers (required where the queue's rule says so)
     */
    public record WrapUp(String code) {
    }

    /**
     * The body of {@code next}: what to do when the call in hand is over; both empty for ready again.
     *
     * @param notReady a reason to be not ready for, or null
     * @param signOut whether to sign out
     */
    public record Next(String notReady, boolean signOut) {
    }

    /**
     * The body of {@code transfer}: exactly one of the two.
     *
     * @param topic a topic of the line, whose queue takes the call
     * @param agent another agent of the roster, rung at once (they must be ready)
     */
    public record Transfer(String topic, String agent) {
    }

    @Inject
    DeskService desk;

    @Inject
    DeskCalls calls;

    @Inject
    DeskStream stream;

    @Context
    SecurityContext security;

    /** Returns the agent's desk. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView view() {
        return desk.view(user());
    }

    /** Signs in to the line (with a registered phone), not ready. */
    @POST
    @Path("sign-in")
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView signIn() {
        return desk.signIn(user());
    }

    /** Gets ready for calls. */
    @POST
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView ready() {
        return desk.ready(user());
    }

    /** Becomes not ready for a reason. */
    @POST
    @Path("not-ready")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView notReady(NotReady body) {
        return desk.notReady(user(), body == null ? null : body.reason());
    }

    /** Ends the wrap-up, recording a wrap-up code. */
    @POST
    @Path("wrap-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView wrapUp(WrapUp body) {
        return desk.endWrapUp(user(), body == null ? null : body.code());
    }

    /** Plans what follows the call in hand. */
    @PUT
    @Path("next")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView next(Next body) {
        return body == null ? desk.next(user(), null, false) : desk.next(user(), body.notReady(), body.signOut());
    }

    /** Sends the call in conversation to another topic's queue or to another agent; the agent goes to wrap-up. */
    @POST
    @Path("transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView transfer(Transfer body) {
        return body == null ? calls.transfer(user(), null, null) : calls.transfer(user(), body.topic(), body.agent());
    }

    /** Puts the caller of the call in hand on hold. */
    @POST
    @Path("hold")
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView hold() {
        return calls.hold(user());
    }

    /** Takes the held caller back. */
    @POST
    @Path("take-back")
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView takeBack() {
        return calls.takeBack(user());
    }

    /** Ends the call in hand from the desktop; wrap-up follows. */
    @POST
    @Path("hang-up")
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView hangUp() {
        return calls.hangUp(user());
    }

    /** Signs out of the line. */
    @POST
    @Path("sign-out")
    @Produces(MediaType.APPLICATION_JSON)
    public DeskView signOut() {
        return desk.signOut(user());
    }

    /** The desktop's stream: {@code state} on every change of the agent's state, {@code offer} with the screen pop. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@Context SseEventSink sink, @Context Sse sse, @Context HttpServletRequest http) {
        // The view refuses a user who is no agent of the roster before anything is kept open for them.
        desk.view(user());
        HttpSession session = http.getSession(false);
        stream.open(new AgentId(user()), sink, sse, session == null ? null : session.getId());
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
