package org.govcc.reference.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.routing.QueueId;
import org.govcc.reference.config.WallboardSettings;

/**
 * The wallboard's alert rules, as a pure function of what the line looks like now: no clock, no state, so each rule is
 * tested by the situation it describes. Thread-safe.
 */
final class AlertRules {

    /**
     * One queue as the rules see it.
     *
     * @param queue the queue
     * @param waiting calls waiting now
     * @param longestWait how long the oldest has waited
     * @param threshold the queue's service-level threshold T
     * @param serviceLevel today's service level as a share, empty when no call counts
     * @param counted the calls today's service level counts
     */
    record QueueNow(QueueId queue, int waiting, Duration longestWait, Duration threshold, OptionalDouble serviceLevel,
                    long counted) {
    }

    /**
     * One agent as the rules see them.
     *
     * @param agent the agent's id
     * @param status their status
     * @param since since when, or null when unknown (never changed since the start)
     */
    record AgentNow(String agent, AgentStatus status, Instant since) {
    }

    /**
     * The line now.
     *
     * @param at the instant
     * @param queues every queue
     * @param agents every agent
     * @param lineUp whether the SIP line runs and listens
     * @param databaseUp whether the database answers
     */
    record LineNow(Instant at, List<QueueNow> queues, List<AgentNow> agents, boolean lineUp, boolean databaseUp) {
    }

    private final WallboardSettings settings;
    private final int targetPercent;

    /** Rules with {@code settings}' limits and the line's service-level target (reports.json). */
    AlertRules(WallboardSettings settings, int targetPercent) {
        this.settings = settings;
        this.targetPercent = targetPercent;
    }

    /** Returns every condition that holds in {@code line}, by alert id, in a stable order. */
    Map<String, AlertCondition> evaluate(LineNow line) {
        Map<String, AlertCondition> found = new LinkedHashMap<>();
        Instant now = line.at();
        if (!line.lineUp()) {
            put(found, new AlertCondition(AlertKind.LINE_DOWN, "line", now, 0));
        }
        if (!line.databaseUp()) {
            put(found, new AlertCondition(AlertKind.DATABASE_DOWN, "database", now, 0));
        }
        for (QueueNow q : line.queues()) {
            boolean complaint = settings.complaintQueues().contains(q.queue());
            if (complaint && q.waiting() > 0 && q.longestWait().compareTo(settings.complaintWait()) > 0) {
                put(found, new AlertCondition(AlertKind.COMPLAINT_CALLER_WAITING, q.queue().value(),
                        now.minus(q.longestWait()).plus(settings.complaintWait()), settings.complaintWait().toSeconds()));
            }
            // A caller at the risk share of T will be answered late unless an agent frees up at once.
            Duration risk = Duration.ofMillis(q.threshold().toMillis() * settings.serviceLevelRiskPercent() / 100);
            boolean callerAtRisk = q.waiting() > 0 && q.longestWait().compareTo(risk) >= 0;
            boolean belowTarget = q.counted() >= settings.serviceLevelMinimumCalls() && q.serviceLevel().isPresent()
                    && q.serviceLevel().getAsDouble() * 100 < targetPercent;
            if (callerAtRisk || belowTarget) {
                Instant since = callerAtRisk ? now.minus(q.longestWait()).plus(risk) : now;
                put(found, new AlertCondition(AlertKind.SERVICE_LEVEL_AT_RISK, q.queue().value(), since,
                        q.threshold().toSeconds()));
            }
        }
        for (AgentNow a : line.agents()) {
            if (a.since() == null) {
                continue;
            }
            Duration in = Duration.between(a.since(), now);
            if (a.status() == AgentStatus.WRAP_UP && in.compareTo(settings.wrapUpLimit()) > 0) {
                put(found, new AlertCondition(AlertKind.LONG_WRAP_UP, a.agent(), a.since().plus(settings.wrapUpLimit()),
                        settings.wrapUpLimit().toSeconds()));
            } else if (a.status() == AgentStatus.ON_BREAK && in.compareTo(settings.breakLimit()) > 0) {
                put(found, new AlertCondition(AlertKind.LONG_BREAK, a.agent(), a.since().plus(settings.breakLimit()),
                        settings.breakLimit().toSeconds()));
            }
        }
        return found;
    }

    private static void put(Map<String, AlertCondition> found, AlertCondition c) {
        found.put(c.id(), c);
    }
}
