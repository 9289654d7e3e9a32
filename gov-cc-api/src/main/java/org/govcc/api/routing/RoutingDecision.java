package org.govcc.api.routing;

import org.govcc.api.agent.AgentId;
import org.govcc.api.internal.Require;

/**
 * What a routing strategy decided: offer the call to an agent, or keep it waiting.
 *
 * @since 0.1
 */
public sealed interface RoutingDecision permits RoutingDecision.Offer, RoutingDecision.KeepWaiting {

    /** Returns a decision to offer the call to {@code agent}. */
    static RoutingDecision offerTo(AgentId agent) {
        return new Offer(agent);
    }

    /** Returns a decision to keep the call waiting, with the reason for the statistics and logs. */
    static RoutingDecision keepWaiting(String reason) {
        return new KeepWaiting(reason);
    }

    /**
     * Offer the call to this agent.
     *
     * @param agent the chosen agent, one of the candidates
     */
    record Offer(AgentId agent) implements RoutingDecision {
        /** Validates the value. */
        public Offer {
            Require.nonNull(agent, "agent");
        }
    }

    /**
     * Keep the call waiting.
     *
     * @param reason why no agent was chosen, in English, for logs
     */
    record KeepWaiting(String reason) implements RoutingDecision {
        /** Validates the value. */
        public KeepWaiting {
            Require.nonBlank(reason, "reason");
        }
    }
}
