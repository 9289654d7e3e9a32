package org.govcc.routing.sim;

import org.govcc.api.internal.Require;
import org.govcc.api.routing.Priority;
import org.govcc.routing.QueueConfig;

/**
 * One queue of a simulated line and the share of the arrivals it gets.
 *
 * @param queue the queue's configuration, given to the real distributor
 * @param share relative weight of arrivals (shares need not sum to 1)
 * @param priority the priority its calls carry
 * @since 0.1
 */
public record CallMix(QueueConfig queue, double share, Priority priority) {
    /** Validates the values. */
    public CallMix {
        Require.nonNull(queue, "queue");
        Require.that(share > 0, "share of " + queue.id() + " must be more than zero, but was " + share);
        Require.nonNull(priority, "priority");
    }
}
