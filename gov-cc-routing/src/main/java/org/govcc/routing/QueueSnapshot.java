package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * Live statistics of one queue (or of all queues together) at an instant.
 *
 * <p>The service level is {@code answeredWithinThreshold / (answered + abandoned - shortAbandoned)}: answered
 * within T of the calls that were offered and did not hang up before the short-abandon threshold. Callbacks
 * are counted apart and are not in the service level. 1.0 before any call counts.
 *
 * @param queue the queue, or {@code *} for the total
 * @param at when the snapshot was taken
 * @param waiting calls waiting now: callbacks keeping their place included, callbacks held back for a retry
 *     or until opening hours not
 * @param longestWait how long the oldest waiting call has waited
 * @param estimatedWait the estimator's wait for a new caller of the queue's priority
 * @param positionForNewCaller the position a new caller of the queue's priority would get
 * @param offered calls that entered the queue
 * @param answered calls connected to an agent (callbacks excluded)
 * @param answeredWithinThreshold answered within T
 * @param abandoned callers who hung up while waiting or ringing
 * @param shortAbandoned abandoned quicker than the short-abandon threshold
 * @param serviceLevel as defined above, 0.0-1.0
 * @param averageTalk mean talk time of finished calls
 * @param averageWrapUp mean wrap-up time of finished wrap-ups
 * @param averageSpeedOfAnswer mean wait of answered calls
 * @param callbacksRequested callbacks accepted
 * @param callbacksConnected callbacks that reached an agent
 * @param callbacksFailed callbacks given up after every attempt
 * @param staffed agents who can serve the queue, logged in and not on a break
 * @param available of those, available now
 * @since 0.1
 */
public record QueueSnapshot(String queue, Instant at, int waiting, Duration longestWait, Duration estimatedWait,
                            int positionForNewCaller, long offered, long answered, long answeredWithinThreshold,
                            long abandoned, long shortAbandoned, double serviceLevel, Duration averageTalk,
                            Duration averageWrapUp, Duration averageSpeedOfAnswer, long callbacksRequested,
                            long callbacksConnected, long callbacksFailed, int staffed, int available) {

    /** Validates the values. */
    public QueueSnapshot {
        Require.nonBlank(queue, "queue");
        Require.nonNull(at, "at");
        Require.nonNull(longestWait, "longestWait");
        Require.nonNull(estimatedWait, "estimatedWait");
        Require.nonNull(averageTalk, "averageTalk");
        Require.nonNull(averageWrapUp, "averageWrapUp");
        Require.nonNull(averageSpeedOfAnswer, "averageSpeedOfAnswer");
    }

    /** Returns the average handling time: talk plus wrap-up. */
    public Duration averageHandle() {
        return averageTalk.plus(averageWrapUp);
    }

    /** Returns whether this is the snapshot of {@code id}. */
    public boolean isOf(QueueId id) {
        return queue.equals(id.value());
    }
}
