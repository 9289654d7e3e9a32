package org.govcc.reference.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.LineId;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.rest.ProblemException;
import org.govcc.reference.security.Roles;

/**
 * {@code GET /api/reports/intervals}, {@code /days} and {@code /months}: the ministry's reports, as JSON or, with
 * {@code Accept: text/csv} or {@code format=csv}, as CSV. Periods are days ({@code 2026-03-02}) or months
 * ({@code 2026-03}) of the line's zone, both ends included; {@code line}, {@code topic} and {@code body} select (ids
 * of the configuration); {@code by=topic|body|line} breaks every bucket down. A parameter that cannot be served gets
 * 400 as problem+json naming it.
 */
@Path("/reports")
@RequestScoped
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
public class ReportsResource {

    /** The media type of the CSV answers. */
    public static final String CSV = "text/csv";

    private static final int LONGEST_INTERVALS_DAYS = 31;
    private static final int LONGEST_DAYS = 366;
    private static final int LONGEST_MONTHS = 24;

    @Inject
    Clock clock;

    @Inject
    LineConfiguration configuration;

    @Inject
    ReportService reports;

    @Context
    HttpHeaders headers;

    /** Per 15- or 30-minute interval ({@code size}), at most 31 days; without a period, today. */
    @GET
    @Path("/intervals")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response intervals(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("size") String size, @QueryParam("line") String line,
                              @QueryParam("topic") String topic, @QueryParam("body") String body,
                              @QueryParam("by") String by, @QueryParam("format") String format) {
        Granularity granularity;
        if (size == null || size.equals("15")) {
            granularity = Granularity.QUARTER_HOUR;
        } else if (size.equals("30")) {
            granularity = Granularity.HALF_HOUR;
        } else {
            throw bad("size", "an interval is 15 or 30 minutes, not '" + size + "'");
        }
        LocalDate today = today();
        LocalDate first = from == null ? today : day("from", from);
        LocalDate last = to == null ? first : day("to", to);
        return answer(period(granularity, first, last, LONGEST_INTERVALS_DAYS + " days",
                ChronoUnit.DAYS.between(first, last) >= LONGEST_INTERVALS_DAYS), line, topic, body, by, format);
    }

    /** Per day, at most 366; without a period, this month so far. */
    @GET
    @Path("/days")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response days(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("line") String line, @QueryParam("topic") String topic,
                         @QueryParam("body") String body, @QueryParam("by") String by,
                         @QueryParam("format") String format) {
        LocalDate today = today();
        LocalDate first = from == null ? today.withDayOfMonth(1) : day("from", from);
        LocalDate last = to == null ? (from == null ? today : first) : day("to", to);
        return answer(period(Granularity.DAY, first, last, LONGEST_DAYS + " days",
                ChronoUnit.DAYS.between(first, last) >= LONGEST_DAYS), line, topic, body, by, format);
    }

    /** Per month, at most 24, answered calls against the monthly target; without a period, this year so far. */
    @GET
    @Path("/months")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response months(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("line") String line, @QueryParam("topic") String topic,
                           @QueryParam("body") String body, @QueryParam("by") String by,
                           @QueryParam("format") String format) {
        YearMonth now = YearMonth.from(today());
        YearMonth first = from == null ? now.withMonth(1) : month("from", from);
        YearMonth last = to == null ? (from == null ? now : first) : month("to", to);
        return answer(period(Granularity.MONTH, first.atDay(1), last.atEndOfMonth(), LONGEST_MONTHS + " months",
                ChronoUnit.MONTHS.between(first, last) >= LONGEST_MONTHS), line, topic, body, by, format);
    }

    private Response answer(ReportPeriod period, String line, String topic, String body, String by, String format) {
        Optional<LineId> lineId = Optional.ofNullable(line).map(LineId::new);
        if (lineId.isPresent() && configuration.line(lineId.get()).isEmpty()) {
            throw bad("line", "unknown line '" + line + "'; the line has " + configuration.lines().stream()
                    .map(l -> l.id().value()).toList());
        }
        Optional<TopicId> topicId = Optional.ofNullable(topic).map(TopicId::new);
        if (topicId.isPresent() && configuration.topics().stream().noneMatch(t -> t.id().equals(topicId.get()))) {
            throw bad("topic", "unknown topic '" + topic + "'; the line has " + configuration.topics().stream()
                    .map(t -> t.id().value()).toList());
        }
        Optional<OrganisationId> bodyId = Optional.ofNullable(body).map(OrganisationId::new);
        if (bodyId.isPresent() && configuration.bodies().stream().noneMatch(b -> b.id().equals(bodyId.get()))) {
            throw bad("body", "unknown body '" + body + "'; the line has " + configuration.bodies().stream()
                    .map(b -> b.id().value()).toList());
        }
        if (topicId.isPresent() && bodyId.isPresent()
                && !configuration.topicBodies().get(topicId.get()).equals(bodyId.get())) {
            throw bad("body", "topic '" + topic + "' is not one of body '" + body + "''s");
        }
        Optional<ReportRequest.Breakdown> breakdown = Optional.empty();
        if (by != null) {
            try {
                breakdown = Optional.of(ReportRequest.Breakdown.valueOf(by.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw bad("by", "a report is broken down by topic, body or line, not '" + by + "'");
            }
        }
        boolean csv = csv(format);
        ReportView report = reports.report(new ReportRequest(period, lineId, topicId, bodyId, breakdown));
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(ReportCsv.of(report), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"govcc-" + report.granularity() + "-"
                        + report.from() + "-" + report.to() + ".csv\"").build();
    }

    /** CSV when {@code format=csv}, or without {@code format} when the client prefers {@code text/csv}. */
    private boolean csv(String format) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw bad("format", "the format is json or csv, not '" + format + "'");
            }
            return format.equals("csv");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private ReportPeriod period(Granularity granularity, LocalDate first, LocalDate last, String longest,
                                boolean tooLong) {
        if (last.isBefore(first)) {
            throw bad("to", "the period ends (" + last + ") before it starts (" + first + ")");
        }
        if (tooLong) {
            throw bad("to", "the period is longer than " + longest + ", the most a " + granularity.code()
                    + " report covers");
        }
        return new ReportPeriod(granularity, zone(), first, last);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private ZoneId zone() {
        return configuration.calendar().zone();
    }

    private static LocalDate day(String parameter, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(parameter, parameter + " is a day, e.g. 2026-03-02, not '" + text + "'");
        }
    }

    private static YearMonth month(String parameter, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(parameter, parameter + " is a month, e.g. 2026-03, not '" + text + "'");
        }
    }

    private static ProblemException bad(String parameter, String detail) {
        return new ProblemException(Problem.about(Response.Status.BAD_REQUEST, parameter, detail));
    }
}
