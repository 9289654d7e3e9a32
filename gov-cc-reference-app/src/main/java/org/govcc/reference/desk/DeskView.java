package org.govcc.reference.desk;

import java.util.List;
import java.util.Map;

/**
 * What the desktop shows of the signed-in agent (JSON of {@code GET /api/agent} and of the {@code state} event).
 *
 * @param agent the agent's id
 * @param name the agent's name
 * @param body the supervised body the agent works for
 * @param state the distributor's state ({@code LOGGED_OUT}, {@code AVAILABLE}, {@code RESERVED}, {@code TALKING},
 *              {@code WRAP_UP}, {@code ON_BREAK})
 * @param reason why the agent is not ready, with its names, or null
 * @param since when the agent entered the state (ISO-8601), or null before the first change
 * @param phoneRegistered whether the agent's phone is registered
 * @param call the call in hand, or null
 * @param wrapUp the wrap-up in progress, or null
 * @param next what follows the call in hand, or null for ready again
 * @param reasons the reasons the agent may give for not being ready
 * @param topics the topics of the agent's body, in menu order: those the agent may open citizen requests on
 * @param transferTargets while talking, where the call may be transferred: {@code topic:ID} (that topic's queue) and
 *                        {@code agent:ID}; on a confidential line its complaint officers' only
 * @param heldSince while talking with the caller on hold, since when (ISO-8601); else null
 */
public record DeskView(String agent, String name, String body, String state, Coded reason, String since,
                       boolean phoneRegistered, String call, WrapUp wrapUp, Next next, List<Coded> reasons,
                       List<Coded> topics, List<Coded> transferTargets, String heldSince) {

    /**
     * A code with its names per language.
     *
     * @param code the code
     * @param names its names by ISO 639-1 code
     */
    public record Coded(String code, Map<String, String> names) {
    }

    /**
     * A wrap-up in progress.
     *
     * @param call the call wrapped up
     * @param queue its queue
     * @param startedAt when it started (ISO-8601)
     * @param endsAt when its time runs out (ISO-8601)
     * @param codeRequired whether a wrap-up code must be picked to end it
     * @param defaultCode what is recorded when the time runs out, or null
     * @param codes the codes the queue offers
     */
    public record WrapUp(String call, String queue, String startedAt, String endsAt, boolean codeRequired,
                         String defaultCode, List<Coded> codes) {
    }

    /**
     * What the agent does when the call in hand is over.
     *
     * @param notReady the reason of the break that follows, or null
     * @param signOut whether the agent signs out
     */
    public record Next(String notReady, boolean signOut) {
    }
}
