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

    /** Returns the period's figures, or 400 (problem+json naming the parameter) when the period is not understood. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response summary(@QueryParam("from") String fromText, @QueryParam("to") String toText) {
        LocalDate today = LocalDate.now(clock.withZone(ATHENS));
        Instant from = fromText == null ? today.atStartOfDay(ATHENS).toInstant() : instant("from", fromText);
        Instant to = toText == null ? today.plusDays(1).atStartOfDay(ATHENS).toInstant() : instant("to", toText);
        if (to.isBefore(from)) {
            return bad("to", "the period ends before it starts");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            return bad("to", "the period is longer than 31 days");
        }
        CallFigures f = records.figures(from, to);
        return Response.ok(new CallSummary(from.toString(), to.toString(), f.arrived(), f.refused(),
                f.endedBeforeAQueue(), f.queued(), f.answered(), f.abandoned(), f.callbacks(), f.inProgress(),
                f.interrupted()))
                .build();
    }

    private static Instant instant(String parameter, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.about(Response.Status.BAD_REQUEST, parameter,
                    "from and to are ISO-8601 instants, e.g. 2026-11-30T06:00:00Z: " + e.getParsedString()));
        }
    }

    private static Response bad(String parameter, String why) {
        return Problem.about(Response.Status.BAD_REQUEST, parameter, why).response();
    }
}
