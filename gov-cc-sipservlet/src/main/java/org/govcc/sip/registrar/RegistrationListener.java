package org.govcc.sip.registrar;

import org.govcc.api.agent.AgentId;

/**
 * Told when an agent's phone becomes reachable or stops being reachable (an agent may log in as available only
 * while registered). Called on SIP threads; must not block.
 *
 * @since 0.1
 */
public interface RegistrationListener {

    /** The agent's phone registered (first registration, not refreshes). */
    default void registered(AgentId agent, String contact) {
    }

    /** The agent's phone unregistered or its registration expired. */
    default void unregistered(AgentId agent, String reason) {
    }
}
