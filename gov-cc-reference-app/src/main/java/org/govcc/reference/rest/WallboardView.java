package org.govcc.reference.rest;

import java.util.List;
import java.util.Map;

/**
 * The supervisors' wallboard: every queue, the total, and what the agents are doing. Aggregates only: no caller
 * data, so nothing of the confidential line's callers can leak through it.
 *
 * @param at when the figures were taken (ISO-8601)
 * @param running whether the SIP line is running
 * @param queues one view per queue, in menu order
 * @param total all queues together
 * @param agentsByStatus agents per status
 * @param occupancyPercent busy time over busy plus available time since start
 */
public record WallboardView(String at, boolean running, List<QueueView> queues, QueueView total,
                            Map<String, Integer> agentsByStatus, double occupancyPercent) {
}
