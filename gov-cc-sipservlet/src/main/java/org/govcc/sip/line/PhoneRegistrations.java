package org.govcc.sip.line;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.internal.Require;
import org.govcc.routing.CallDistributor;
import org.govcc.sip.registrar.RegistrationListener;

/**
 * What an agent's phone registering or going away does to the agent: with {@link PhoneSignIn#ON_REGISTER} it signs
 * them in and out; otherwise the phone only becomes reachable, and an available agent whose phone goes away is made
 * not ready ({@link BreakReason#PHONE_UNREGISTERED}). A state that does not allow it is left as it is. Thread-safe.
 */
final class PhoneRegistrations implements RegistrationListener {

    private static final Logger LOG = Logger.getLogger(PhoneRegistrations.class.getName());

    private final CallDistributor distributor;
    private final PhoneSignIn signIn;

    PhoneRegistrations(CallDistributor distributor, PhoneSignIn signIn) {
        this.distributor = Require.nonNull(distributor, "distributor");
        this.signIn = Require.nonNull(signIn, "signIn");
    }

    @Override
    public void registered(AgentId agent, String contact) {
        if (signIn != PhoneSignIn.ON_REGISTER) {
            return;
        }
        try {
            distributor.logIn(agent);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "agent " + agent + " registered but not logged in: " + e.getMessage(), e);
        }
    }

    @Override
    public void unregistered(AgentId agent, String reason) {
        try {
            if (signIn == PhoneSignIn.ON_REGISTER) {
                distributor.logOut(agent);
            } else if (distributor.agentState(agent).status() == AgentStatus.AVAILABLE) {
                // A call in progress or its wrap-up goes on; an unanswered offer makes the agent not ready anyway.
                distributor.startBreak(agent, BreakReason.PHONE_UNREGISTERED);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "agent " + agent + " unregistered; state left as it was: " + e.getMessage(), e);
        }
    }
}
