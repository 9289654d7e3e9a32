package org.govcc.reference.supervision;

import java.util.List;
import java.util.Map;

/**
 * What the live wallboard shows, pushed whole on every change: today's figures per queue, the agents, the day by
 * half-hour and the alerts. Aggregates and staff only: nothing of a caller, so nothing of the confidential line's
 * callers can leak through it. Durations in whole seconds, ratios in percent.
 *
 * @param at when the figures were taken (ISO-8601)
 * @param running whether the SIP line is running
 * @param serviceLevelTargetPercent the line's target (reports.json)
 * @param queues one view per queue, in configuration order
 * @param total all queues together
 * @param agents every agent of the roster, in roster order
 * @param agentsByStatus how many agents are in each status
 * @param intervals today by half-hour, from midnight to now, all queues together
 * @param alerts the alerts raised and not acknowledged, oldest first
 * @param reasons the not-ready reasons a supervisor may set (the line's agent-desk.json)
 */
public record LiveBoard(String at, boolean running, int serviceLevelTargetPercent, List<Queue> queues, Queue total,
                        List<Agent> agents, Map<String, Integer> agentsByStatus, List<Interval> intervals,
                        List<Alert> alerts, List<Coded> reasons) {

    /**
     * One queue, or the line ({@code *}).
     *
     * @param queue its id
     * @param names its topic's name per language code (empty for the total)
     * @param waiting calls waiting now
     * @param longestWaitSeconds how long the oldest waiting call has waited
     * @param estimatedWaitSeconds the wait a new caller would be told
     * @param offered calls that entered it today
     * @param answered calls answered today (callbacks apart)
     * @param abandoned callers who hung up while waiting today, short abandons apart
     * @param callbacks callbacks requested today
     * @param serviceLevelPercent today's service level under the line's formula, null before any call counts
     * @param belowTarget whether that is below the target
     * @param staffed agents signed in who can serve it (not on a break)
     * @param available of those, available now
     * @param confidential whether it is a queue of the confidential complaint line
     */
    public record Queue(String queue, Map<String, String> names, int waiting, long longestWaitSeconds,
                        long estimatedWaitSeconds, long offered, long answered, long abandoned, long callbacks,
                        Double serviceLevelPercent, boolean belowTarget, int staffed, int available,
                        boolean confidential) {
    }

    /**
     * One agent.
     *
     * @param agent their id
     * @param name their display name
     * @param status their status ({@code AgentStatus} name)
     * @param since since when, or null when they have not changed state since the line started
     * @param reason why they are not ready, or null
     * @param skills their skills now (skill id to level)
     * @param movedUntil when a supervisor's move to other skills ends (ISO-8601), or null
     */
    public record Agent(String agent, String name, String status, String since, Coded reason,
                        Map<String, Integer> skills, String movedUntil) {
    }

    /**
     * One half-hour of today.
     *
     * @param start its start, local time ({@code HH:mm})
     * @param offered calls offered
     * @param answered calls answered
     * @param serviceLevelPercent its service level, null when no call counts
     */
    public record Interval(String start, long offered, long answered, Double serviceLevelPercent) {
    }

    /**
     * An alert on the board.
     *
     * @param id its id, for acknowledging it
     * @param kind what it is about ({@link AlertKind} name)
     * @param subject the queue, agent or component
     * @param since when its condition began (ISO-8601)
     * @param limitSeconds the limit it passed, 0 when none
     */
    public record Alert(String id, String kind, String subject, String since, long limitSeconds) {
    }

    /**
     * A code with its names per language code.
     *
     * @param code the code
     * @param names its names
     */
    public record Coded(String code, Map<String, String> names) {
    }
}
