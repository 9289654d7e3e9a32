package org.govcc.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govcc.api.routing.SkillRequirement;

/** One queue's lanes, counters and statistics. Guarded by the distributor's lock. */
final class QueueState {
    final int index;
    final QueueConfig config;
    final int tier;
    final long agingMicros;
    final Map<List<List<SkillRequirement>>, Lane> lanes = new LinkedHashMap<>();
    final int[] waitingByPriority = new int[101];
    int waiting;
    int staffed;
    int available;
    long offered;
    long answered;
    long answeredWithin;
    long abandoned;
    long shortAbandoned;
    long waitedMicrosTotal;
    long talkMicros;
    long talkCount;
    long wrapMicros;
    long wrapCount;
    long callbacksRequested;
    long callbacksConnected;
    long callbacksFailed;
    double handleEstimateSeconds;

    QueueState(int index, QueueConfig config) {
        this.index = index;
        this.config = config;
        this.tier = config.neverOvertaken() ? 1 : 0;
        this.agingMicros = config.agingPerPoint().map(d -> d.toNanos() / 1000).orElse(0L);
        this.handleEstimateSeconds = config.expectedHandleTime().toMillis() / 1000.0;
    }

    void add(QueueState q) {
        waiting += q.waiting;
        staffed += q.staffed;
        available += q.available;
        offered += q.offered;
        answered += q.answered;
        answeredWithin += q.answeredWithin;
        abandoned += q.abandoned;
        shortAbandoned += q.shortAbandoned;
        waitedMicrosTotal += q.waitedMicrosTotal;
        talkMicros += q.talkMicros;
        talkCount += q.talkCount;
        wrapMicros += q.wrapMicros;
        wrapCount += q.wrapCount;
        callbacksRequested += q.callbacksRequested;
        callbacksConnected += q.callbacksConnected;
        callbacksFailed += q.callbacksFailed;
    }
}
