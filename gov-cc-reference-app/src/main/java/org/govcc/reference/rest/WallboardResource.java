package org.govcc.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.govcc.api.routing.Topic;
import org.govcc.reference.cdi.SipLineLifecycle;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.line.ReferenceLine;
import org.govcc.reference.security.Roles;
import org.govcc.routing.StatisticsSnapshot;

/** {@code GET /api/wallboard}: live queue statistics for supervisors. */
@Path("/wallboard")
@RequestScoped
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
public class WallboardResource {

    @Inject
    SipLineLifecycle lifecycle;

    @Inject
    LineConfiguration configuration;

    /** Returns the figures now, or 503 while the line is not running. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response wallboard() {
        ReferenceLine line = lifecycle.line();
        if (line == null) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(Map.of("error", "the SIP line is not running")).build();
        }
        StatisticsSnapshot s = line.distributor().statistics();
        // Queues are named after the topic whose calls they take.
        Map<String, Map<String, String>> names = configuration.topics().stream().collect(Collectors.toMap(
                t -> configuration.queueFor(t.id()).value(), WallboardResource::names));
        Map<String, Integer> agents = new TreeMap<>();
        s.agentsByStatus().forEach((status, count) -> agents.put(status.name(), count));
        return Response.ok(new WallboardView(s.at().toString(), true,
                s.queues().stream().map(q -> QueueView.of(q, names.getOrDefault(q.queue(), Map.of())))
                        .collect(Collectors.toList()),
                QueueView.of(s.total(), Map.of()), agents, Math.round(s.occupancy() * 1000) / 10.0)).build();
    }

    private static Map<String, String> names(Topic topic) {
        return topic.names().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().code(), Map.Entry::getValue,
                (a, b) -> a, TreeMap::new));
    }
}
