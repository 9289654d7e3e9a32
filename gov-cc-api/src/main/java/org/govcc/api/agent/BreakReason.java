package org.govcc.api.agent;

import org.govcc.api.internal.Require;

/**
 * Why an agent is not taking calls, as a reason code configured by the centre.
 *
 * @param code letters, digits and {@code ._:@+-}, 1-128 characters
 * @since 0.1
 */
public record BreakReason(String code) {

    /** Set by the distributor when an offered call rang out unanswered. */
    public static final BreakReason NO_ANSWER = new BreakReason("no-answer");
    /** Set when an agent signs in to the line: not ready until they say so. */
    public static final BreakReason SIGNED_IN = new BreakReason("signed-in");
    /** Set when a signed-in agent's phone stopped registering: no call can reach them. */
    public static final BreakReason PHONE_UNREGISTERED = new BreakReason("phone-unregistered");
    /** A rest break. */
    public static final BreakReason REST = new BreakReason("rest");
    /** A meal break. */
    public static final BreakReason MEAL = new BreakReason("meal");
    /** Training or a briefing. */
    public static final BreakReason TRAINING = new BreakReason("training");
    /** Back-office work on cases. */
    public static final BreakReason BACK_OFFICE = new BreakReason("back-office");

    /** Validates the code. */
    public BreakReason {
        Require.id(code, "break reason");
    }

    @Override
    public String toString() {
        return code;
    }
}
