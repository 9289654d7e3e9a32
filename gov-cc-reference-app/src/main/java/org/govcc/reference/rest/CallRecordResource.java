package org.govcc.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.EndReason;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.CaseId;
import org.govcc.api.routing.QueueId;
import org.govcc.reference.cdi.CallRecordsService;
import org.govcc.reference.persistence.CallLeg;
import org.govcc.reference.persistence.CallRecord;
import org.govcc.reference.security.Roles;

/**
 * {@code GET /api/calls/{id}}: one call's record, for supervisors: where it waited, who answered, how long they
 * talked and wrapped up, the wrap-up code, the request opened from it, each agent's leg of a transferred call. Not
 * the caller's number: supervising a call needs none.
 */
@Path("/calls/{id}")
@RequestScoped
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
public class CallRecordResource {

    /**
     * A call's record as JSON; absent parts are null.
     *
     * @param call the call's id
     * @param line the line
     * @param firstSeen when it arrived (ISO-8601)
     * @param queue the queue it waited in
     * @param agent the agent who answered
     * @param waitedMs how long it waited for the agent or until the caller gave up
     * @param talkMs how long the agent talked, holds included
     * @param holdMs how long the caller was on hold, in all
     * @param holds how many times the caller was put on hold
     * @param wrapUpMs how long the agent's after-call work took
     * @param wrapUpCode what the agent recorded (or the queue's default when the time ran out)
     * @param callbackRequested whether the caller asked to be called back
     * @param abandoned whether the caller hung up while waiting
     * @param endedAt when it ended (ISO-8601)
     * @param endCause how its record was closed
     * @param endKind why the call ended, as {@code EndReason}'s code (e.g. {@code caller-hung-up}), when known
     * @param request the id of the citizen request opened from the call (the first, if several were)
     */
    public record View(String call, String line, String firstSeen, String queue, String agent, Long waitedMs,
                       Long talkMs, long holdMs, int holds, Long wrapUpMs, String wrapUpCode,
                       boolean callbackRequested, boolean abandoned, String endedAt, String endCause,
                       String endKind, String request, List<Leg> legs) {
    }

    /**
     * One agent's part of the call.
     *
     * @param agent the agent
     * @param connectedAt when the agent was connected (ISO-8601)
     * @param endedAt when the leg ended (ISO-8601), or null
     * @param transferred whether the agent transferred the call
     */
    public record Leg(String agent, String connectedAt, String endedAt, boolean transferred) {
    }

    @Inject
    CallRecordsService records;

    /** Returns the record, or 404 as problem+json. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") String id) {
        CallId call;
        try {
            call = new CallId(id);
        } catch (IllegalArgumentException e) {
            return Problem.about(Response.Status.BAD_REQUEST, "id", e.getMessage()).response();
        }
        return records.find(call).map(r -> Response.ok(view(r, records.legsOf(call))).build())
                .orElseGet(() -> Problem.about(Response.Status.NOT_FOUND, "id", "no call " + id).response());
    }

    private static View view(CallRecord r, List<CallLeg> legs) {
        return new View(r.call().value(), r.line().map(LineId::value).orElse(null), r.firstSeen().toString(),
                r.queue().map(QueueId::value).orElse(null), r.agent().map(AgentId::value).orElse(null),
                r.waited().map(Duration::toMillis).orElse(null), r.work().talk().map(Duration::toMillis).orElse(null),
                r.work().hold().toMillis(), r.work().holds(),
                r.work().wrapUp().map(Duration::toMillis).orElse(null), r.work().wrapUpCode().orElse(null),
                r.callbackRequested(), r.abandoned(), r.endedAt().map(Instant::toString).orElse(null),
                r.endCause().map(Enum::name).orElse(null), r.endKind().map(EndReason::code).orElse(null),
                r.request().map(CaseId::value).orElse(null),
                legs.stream().map(l -> new Leg(l.agent().value(), l.connectedAt().toString(),
                        l.endedAt().map(Instant::toString).orElse(null), l.transferred())).toList());
    }
}
