package org.govcc.sip.line;

/**
 * What an agent's phone registering means to the distributor.
 *
 * @since 0.1
 */
public enum PhoneSignIn {
    /** Registering signs the agent in (available), and its end signs them out: a phone is the whole workplace. */
    ON_REGISTER,
    /**
     * Agents sign in from their desktop; registering only makes the phone reachable. When the registration ends, a
     * signed-in agent who is waiting for calls goes not ready ({@code phone-unregistered}), so that no call is
     * offered to a phone that cannot ring.
     */
    FROM_DESKTOP
}
