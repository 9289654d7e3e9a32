package org.govcc.api.cases;

import java.util.Set;
import org.govcc.api.internal.Require;

/**
 * Who is acting on a case (an agent, a supervisor, a system job), with their roles, for access checks and audit.
 *
 * @param id the person's or job's id
 * @param roles the roles they hold
 * @since 0.1
 */
public record Actor(String id, Set<String> roles) {
    /** Validates the values and freezes the roles. */
    public Actor {
        Require.id(id, "actor id");
        roles = Set.copyOf(Require.nonNull(roles, "roles"));
    }

    /** Returns an actor with {@code roles}. */
    public static Actor of(String id, String... roles) {
        return new Actor(id, Set.of(roles));
    }
}
