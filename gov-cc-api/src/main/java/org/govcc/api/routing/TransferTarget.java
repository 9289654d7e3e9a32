package org.govcc.api.routing;

import org.govcc.api.agent.AgentId;
import org.govcc.api.internal.Require;

/**
 * Where an agent sent the call they were talking on: another queue, or another agent.
 *
 * @since 0.2
 */
public sealed interface TransferTarget permits TransferTarget.ToQueue, TransferTarget.ToAgent {

    /**
     * To a queue (e.g. another topic's): the caller waits there with their data.
     *
     * @param queue the queue
     */
    record ToQueue(QueueId queue) implements TransferTarget {
        /** Validates the value. */
        public ToQueue {
            Require.nonNull(queue, "queue");
        }
    }

    /**
     * To one agent, rung at once.
     *
     * @param agent the agent
     */
    record ToAgent(AgentId agent) implements TransferTarget {
        /** Validates the value. */
        public ToAgent {
            Require.nonNull(agent, "agent");
        }
    }
}
