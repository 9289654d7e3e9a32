package org.govcc.reference.persistence;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.internal.Require;

/**
 * One agent's part of a call: a call an agent transferred has one leg per agent who talked with the caller.
 *
 * @param agent the agent
 * @param connectedAt when the agent was connected
 * @param endedAt when the leg ended, if it has
 * @param transferred whether it ended by a transfer (else by the call's end, or not yet)
 */
public record CallLeg(AgentId agent, Instant connectedAt, Optional<Instant> endedAt, boolean transferred) {
    /** Validates the values. */
    public CallLeg {
        Require.nonNull(agent, "agent");
        Require.nonNull(connectedAt, "connectedAt");
        Require.nonNull(endedAt, "endedAt");
    }
}
