package org.govcc.reference.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;
import org.govcc.sip.line.PhoneSignIn;

/**
 * How agents work the line from their desktop, from the optional {@code agent-desk.json}. Immutable.
 *
 * @param signIn whether agents sign in from the desktop or by registering their phone
 * @param reasons the reasons an agent may give for not being ready, in the order the desktop offers them
 * @param wrapUp the wrap-up rule of every queue without one of its own
 * @param queueRules the queues' own wrap-up rules
 */
public record AgentDesk(PhoneSignIn signIn, List<NotReadyReason> reasons, WrapUpRule wrapUp,
                        Map<QueueId, WrapUpRule> queueRules) {

    /** Without {@code agent-desk.json}: phones sign their agents in; no reason or code is asked for. */
    public static final AgentDesk PHONES_ONLY = new AgentDesk(PhoneSignIn.ON_REGISTER, List.of(), WrapUpRule.NONE,
            Map.of());

    /** Validates the values and freezes the collections. */
    public AgentDesk {
        Require.nonNull(signIn, "signIn");
        reasons = List.copyOf(Require.nonNull(reasons, "reasons"));
        Require.nonNull(wrapUp, "wrapUp");
        queueRules = Map.copyOf(Require.nonNull(queueRules, "queueRules"));
    }

    /** Returns the wrap-up rule of {@code queue}. */
    public WrapUpRule ruleFor(QueueId queue) {
        return queueRules.getOrDefault(queue, wrapUp);
    }

    /** Returns the configured reason {@code code}, if an agent may give it. */
    public Optional<NotReadyReason> reason(String code) {
        return reasons.stream().filter(r -> r.code().code().equals(code)).findFirst();
    }

    /** Returns whether {@code reason} is one the line sets itself, not one an agent gives. */
    public static boolean setByTheLine(BreakReason reason) {
        return reason.equals(BreakReason.SIGNED_IN) || reason.equals(BreakReason.NO_ANSWER)
                || reason.equals(BreakReason.PHONE_UNREGISTERED) || reason.code().equals("supervisor-reset");
    }
}
