package org.govcc.api.routing;

import java.util.List;
import org.govcc.api.spi.Provider;

/**
 * SPI: chooses which available agent gets a waiting call.
 *
 * <p>The distributor calls it with the candidates that already meet the call's requirements, so a
 * strategy only ranks. Built-in strategies (longest idle, most skilled, round robin, fewest calls today)
 * live in {@code gov-cc-routing}; others are found with {@link java.util.ServiceLoader} by their
 * {@link #id()}. Implementations are called by one thread at a time per queue, must not block, and
 * should not throw: if one does, the distributor logs it and falls back to longest idle.
 *
 * @since 0.1
 */
public interface RoutingStrategy extends Provider {

    /**
     * Chooses an agent for {@code call} among {@code candidates}.
     *
     * @param call the waiting call
     * @param candidates available agents who meet the call's requirements; never empty
     * @return the offer, or keep waiting
     */
    RoutingDecision choose(WaitingCall call, List<AgentCandidate> candidates);
}
