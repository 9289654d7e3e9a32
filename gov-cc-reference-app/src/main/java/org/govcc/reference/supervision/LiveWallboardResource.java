package org.govcc.reference.supervision;

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
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.govcc.reference.security.Roles;

/**
 * {@code /api/supervision/wallboard}: the live wallboard, as JSON now or as a stream of server-sent events
 * ({@code board} on connecting and after every change, {@code heartbeat} every 15 s).
 */
@Path("/supervision/wallboard")
@RequestScoped
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
public class LiveWallboardResource {

    @Inject
    WallboardService wallboard;

    @Inject
    WallboardStream stream;

    /** Returns the wallboard now. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public LiveBoard board() {
        return wallboard.board();
    }

    /** The wallboard page's stream: the board at once, then after every change. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@Context SseEventSink sink, @Context Sse sse, @Context HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        stream.open(sink, sse, session == null ? null : session.getId());
    }
}
