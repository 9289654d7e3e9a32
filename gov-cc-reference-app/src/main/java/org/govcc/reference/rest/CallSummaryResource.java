package org.govcc.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.govcc.reference.cdi.CallRecordsService;
import org.govcc.reference.persistence.CallFigures;
import org.govcc.reference.security.Roles;

/**
 * {@code GET /api/calls/summary?from=&to=}: how the calls of a period went, from the call records. Without
 * {@code from} and {@code to} the period is today in Athens; with them, ISO-8601 instants, at most 31 days apart.
 */
@Path("/calls/summary")
@RequestScoped
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
public class CallSummaryResource {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final Duration LONGEST = Duration.ofDays(31);

    @Inject
    Clock clock;

    @Inject
    CallRecordsService records;

    /** Returns the period's figures, or 400 with the reason when the period is not understood. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response summary(@QueryParam("from") String fromText, @QueryParam("to") String toText) {
        Instant from;
        Instant to;
        try {
            LocalDate today = LocalDate.now(clock.withZone(ATHENS));
            from = fromText == null ? today.atStartOfDay(ATHENS).toInstant() : Instant.parse(fromText);
            to = toText == null ? today.plusDays(1).atStartOfDay(ATHENS).toInstant() : Instant.parse(toText);
        } catch (DateTimeParseException e) {
            return bad("from and to are ISO-8601 instants, e.g. 2026-11-30T06:00:00Z: " + e.getParsedString());
        }
        if (to.isBefore(from)) {
            return bad("the period ends before it starts");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            return bad("the period is longer than 31 days");
        }
        CallFigures f = records.figures(from, to);
        return Response.ok(new CallSummary(from.toString(), to.toString(), f.arrived(), f.refused(),
                f.endedBeforeAQueue(), f.queued(), f.answered(), f.abandoned(), f.callbacks(), f.inProgress(),
                f.interrupted()))
                .build();
    }

    private static Response bad(String why) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", why)).build();
    }
}
