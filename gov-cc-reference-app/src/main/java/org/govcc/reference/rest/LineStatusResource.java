package org.govcc.reference.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.govcc.api.call.Language;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.ServiceLine;

/**
 * {@code GET /api/lines}: whether each line is open now, and if not why and until when. Public: it says what the
 * line's opening hours tell every citizen, and nothing about calls or people.
 */
@Path("/lines")
@RequestScoped
@PermitAll
public class LineStatusResource {

    @Inject
    Clock clock;

    @Inject
    ServiceSchedule schedule;

    @Inject
    LineConfiguration configuration;

    /** Returns the status of every line at the current instant. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LineStatus> lines() {
        Instant now = clock.instant();
        return configuration.lines().stream().map(line -> status(line, now)).collect(Collectors.toList());
    }

    private LineStatus status(ServiceLine line, Instant now) {
        ServiceStatus status = schedule.statusAt(line.schedule(), now);
        var names = line.names().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().code(), e -> e.getValue()));
        if (status instanceof ServiceStatus.Closed closed) {
            Map<String, String> occasions = new TreeMap<>();
            for (Language language : line.names().keySet()) {
                schedule.occasionName(line.schedule(), now, language)
                        .ifPresent(name -> occasions.put(language.code(), name));
            }
            return new LineStatus(line.id().value(), line.number().digits(), names, false, closed.reason().name(),
                    closed.occasion().orElse(null), occasions,
                    closed.nextOpening().map(i -> i.atZone(configuration.calendar().zone()).toOffsetDateTime().toString()).orElse(null));
        }
        return new LineStatus(line.id().value(), line.number().digits(), names, true, null, null, Map.of(), null);
    }
}
