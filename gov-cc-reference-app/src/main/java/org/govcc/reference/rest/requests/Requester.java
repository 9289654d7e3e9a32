package org.govcc.reference.rest.requests;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CitizenCase;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.rest.ProblemException;
import org.govcc.reference.security.Roles;

/**
 * The signed-in user as the requests see them, and the one place that says who may read and change which request:
 *
 * <ul>
 *   <li>agents (and complaint officers) read and change the unsealed requests of the topics their roster body
 *       serves, and no other;</li>
 *   <li>supervisors read every unsealed request and change none;</li>
 *   <li>sealed requests (a confidential line's) are for their line's reader roles alone, whatever the topic: the
 *       store checks and audits that ({@code JpaCaseStore});</li>
 *   <li>administrators run the deployment and read no citizen's request (their role is not admitted at all).</li>
 * </ul>
 *
 * The actor of every change is this user, never a value of the request's body. Immutable.
 *
 * @param actor the user's id (the principal's name) and roles
 * @param body the roster body of the agent of that name, if the user is one
 */
record Requester(Actor actor, Optional<OrganisationId> body) {

    Requester {
        Require.nonNull(actor, "actor");
        Require.nonNull(body, "body");
    }

    /** Returns the signed-in user of {@code security}, with the roster body of the agent of that name. */
    static Requester of(SecurityContext security, LineConfiguration configuration) {
        String user = security.getUserPrincipal().getName();
        Set<String> roles = Roles.ALL.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        Optional<OrganisationId> body = configuration.roster().stream().filter(a -> a.id().value().equals(user))
                .findFirst().map(a -> a.organisation());
        return new Requester(new Actor(user, roles), body);
    }

    /** The topics whose unsealed requests this user may read (and, for agents, change). */
    Set<TopicId> readableTopics(LineConfiguration configuration) {
        Set<TopicId> topics = new HashSet<>();
        if (has(Roles.SUPERVISOR)) {
            topics.addAll(configuration.topicBodies().keySet());
        }
        workingTopics(configuration).forEach(topics::add);
        return Set.copyOf(topics);
    }

    /**
     * Refuses with 403 unless this user may read {@code request}. A sealed request reached this far only for its
     * line's readers (the store refused the others).
     */
    void requireRead(CitizenCase request, LineConfiguration configuration) {
        if (!request.sealed() && !readableTopics(configuration).contains(request.topic())) {
            throw forbidden("id", "request " + request.id() + " is of topic '" + request.topic()
                    + "', which your body does not serve");
        }
    }

    /**
     * Refuses with 403 unless this user may change {@code request} (add notes, move it). A sealed request's readers
     * (the store admitted this user) change it too.
     */
    void requireChange(CitizenCase request, LineConfiguration configuration) {
        requireRead(request, configuration);
        if (!request.sealed()) {
            requireWorks(request.topic(), configuration, "id");
        }
    }

    /** Refuses with 403 unless this user works {@code topic}'s requests (an agent of its body); names {@code field}. */
    void requireWorks(TopicId topic, LineConfiguration configuration, String field) {
        if (!has(Roles.AGENT) && !has(Roles.COMPLAINT_OFFICER)) {
            throw forbidden(field, "supervisors read requests and change none");
        }
        if (!workingTopics(configuration).contains(topic)) {
            throw forbidden(field, "topic '" + topic + "' is served by " + configuration.topicBodies().get(topic)
                    + ", not by your body" + body.map(b -> " (" + b + ")").orElse(" (you are not in the roster)"));
        }
    }

    boolean has(String role) {
        return actor.roles().contains(role);
    }

    private Set<TopicId> workingTopics(LineConfiguration configuration) {
        if (!has(Roles.AGENT) && !has(Roles.COMPLAINT_OFFICER)) {
            return Set.of();
        }
        return body.map(configuration::topicsOf).orElse(Set.of());
    }

    private static ProblemException forbidden(String field, String why) {
        return new ProblemException(Problem.about(Response.Status.FORBIDDEN, field, why));
    }
}
