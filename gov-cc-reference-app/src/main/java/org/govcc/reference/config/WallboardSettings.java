package org.govcc.reference.config;

import java.time.Duration;
import java.util.Set;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * When the supervisors' wallboard raises its alerts ({@code wallboard.json}, optional). Immutable.
 *
 * @param complaintQueues the queues of the confidential complaint line, whose callers must not wait long
 * @param complaintWait a caller waiting longer than this on one of {@code complaintQueues} raises an alert
 * @param serviceLevelRiskPercent a caller who has waited this share (1-100) of the queue's service-level threshold puts
 *     the queue's service level at risk
 * @param serviceLevelMinimumCalls today's service level below the target raises an alert only once this many calls
 *     count (one early miss is not a trend)
 * @param wrapUpLimit an agent in wrap-up longer than this raises an alert
 * @param breakLimit an agent not ready longer than this raises an alert
 */
public record WallboardSettings(Set<QueueId> complaintQueues, Duration complaintWait, int serviceLevelRiskPercent,
                                int serviceLevelMinimumCalls, Duration wrapUpLimit, Duration breakLimit) {

    /** The limits without {@code wallboard.json} (the complaint queues are then the never-overtaken ones). */
    public static final Duration DEFAULT_COMPLAINT_WAIT = Duration.ofSeconds(60);
    /** See {@link #serviceLevelRiskPercent}. */
    public static final int DEFAULT_RISK_PERCENT = 80;
    /** See {@link #serviceLevelMinimumCalls}. */
    public static final int DEFAULT_MINIMUM_CALLS = 10;
    /** See {@link #wrapUpLimit}. */
    public static final Duration DEFAULT_WRAP_UP_LIMIT = Duration.ofMinutes(3);
    /** See {@link #breakLimit}. */
    public static final Duration DEFAULT_BREAK_LIMIT = Duration.ofMinutes(30);

    /** Validates the values and freezes the set. */
    public WallboardSettings {
        complaintQueues = Set.copyOf(Require.nonNull(complaintQueues, "complaintQueues"));
        positive(complaintWait, "complaintWait");
        Require.inRange(serviceLevelRiskPercent, 1, 100, "serviceLevelRiskPercent");
        Require.inRange(serviceLevelMinimumCalls, 1, 1_000_000, "serviceLevelMinimumCalls");
        positive(wrapUpLimit, "wrapUpLimit");
        positive(breakLimit, "breakLimit");
    }

    /** The defaults, with {@code complaintQueues} as the complaint line's queues. */
    public static WallboardSettings defaults(Set<QueueId> complaintQueues) {
        return new WallboardSettings(complaintQueues, DEFAULT_COMPLAINT_WAIT, DEFAULT_RISK_PERCENT,
                DEFAULT_MINIMUM_CALLS, DEFAULT_WRAP_UP_LIMIT, DEFAULT_BREAK_LIMIT);
    }

    private static void positive(Duration d, String name) {
        Require.nonNull(d, name);
        Require.that(!d.isNegative() && !d.isZero(), name + " must be more than zero, but was " + d);
    }
}
