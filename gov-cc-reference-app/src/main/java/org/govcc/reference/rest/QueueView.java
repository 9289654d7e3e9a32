package org.govcc.reference.rest;

import java.util.Map;
import org.govcc.routing.QueueSnapshot;

/**
 * One queue on the supervisors' wallboard: durations in whole seconds, ratios in percent.
 *
 * @param queue the queue id ({@code *} for the total)
 * @param names the topic's name per language code (empty for the total)
 * @param waiting calls waiting now
 * @param longestWaitSeconds how long the oldest waiting call has waited
 * @param estimatedWaitSeconds the wait a new caller would be told
 * @param offered calls that entered the queue
 * @param answered calls connected to an agent
 * @param abandoned callers who hung up while waiting
 * @param serviceLevelPercent answered within the threshold, of the calls offered beyond the short-abandon threshold
 * @param averageTalkSeconds mean talk time
 * @param averageWrapUpSeconds mean after-call work
 * @param averageSpeedOfAnswerSeconds mean wait of answered calls
 * @param callbacksRequested callbacks accepted
 * @param staffed agents logged in who can serve the queue
 * @param available of those, available now
 */
public record QueueView(String queue, Map<String, String> names, int waiting, long longestWaitSeconds,
                        long estimatedWaitSeconds, long offered, long answered, long abandoned,
                        double serviceLevelPercent, long averageTalkSeconds, long averageWrapUpSeconds,
                        long averageSpeedOfAnswerSeconds, long callbacksRequested, int staffed, int available) {

    /** Returns the view of {@code q} with the topic's {@code names}. */
    static QueueView of(QueueSnapshot q, Map<String, String> names) {
        return new QueueView(q.queue(), names, q.waiting(), q.longestWait().toSeconds(), q.estimatedWait().toSeconds(),
                q.offered(), q.answered(), q.abandoned(), Math.round(q.serviceLevel() * 1000) / 10.0,
                q.averageTalk().toSeconds(), q.averageWrapUp().toSeconds(), q.averageSpeedOfAnswer().toSeconds(),
                q.callbacksRequested(), q.staffed(), q.available());
    }
}
