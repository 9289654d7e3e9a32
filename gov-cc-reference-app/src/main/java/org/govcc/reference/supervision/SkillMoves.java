package org.govcc.reference.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.govcc.api.agent.AgentId;

/**
 * The agents a supervisor moved to other skills for the day, and until when (the line's next local midnight); when that
 * passes the roster's skills come back ({@link SupervisorActions#expireMoves}). Kept in memory: a restart reloads the
 * roster, which ends every move too. Thread-safe.
 */
@ApplicationScoped
public class SkillMoves {

    private final Map<AgentId, Instant> until = new ConcurrentHashMap<>();

    /** Notes that {@code agent} is moved until {@code end}. */
    void moved(AgentId agent, Instant end) {
        until.put(agent, end);
    }

    /** Forgets {@code agent}'s move (it ended). */
    void ended(AgentId agent) {
        until.remove(agent);
    }

    /** Until when {@code agent} is moved, if they are. */
    public Optional<Instant> until(AgentId agent) {
        return Optional.ofNullable(until.get(agent));
    }

    /** Every move now. */
    Map<AgentId, Instant> all() {
        return Map.copyOf(until);
    }
}
