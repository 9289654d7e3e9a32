package org.govcc.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govcc.api.routing.SkillRequirement;

/** One queue's lanes of waiting calls, counters and statistics. Guarded by the distributor's lock. */
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

    /** Puts {@code e} in the lane of its (widened) requirements, at the place its rank gives, as waiting. */
    void addWaiting(CallEntry e) {
        Lane lane = lanes.get(e.alternatives);
        if (lane == null) {
            lane = new Lane(e.alternatives);
            lanes.put(e.alternatives, lane);
        }
        lane.entries.add(e);
        e.lane = lane;
        waiting++;
        waitingByPriority[e.priority.value()]++;
        e.state = CallEntry.State.WAITING;
    }

    /** Takes waiting call {@code e} out of its lane (dropping the lane when it empties); its state is the caller's. */
    void removeWaiting(CallEntry e) {
        Lane lane = e.lane;
        if (lane.entries.first() == e) {
            lane.entries.pollFirst(); // the usual case, and no search through the lane
        } else {
            lane.entries.remove(e);
        }
        if (lane.entries.isEmpty()) {
            lanes.remove(lane.alternatives);
        }
        e.lane = null;
        waiting--;
        waitingByPriority[e.priority.value()]--;
    }

    /** Returns waiting call {@code e}'s position in this queue (1 = next): the calls ranked ahead in every lane. */
    int positionOf(CallEntry e) {
        int ahead = 0;
        for (Lane lane : lanes.values()) {
            ahead += lane.entries.headSet(e, false).size();
        }
        return ahead + 1;
    }

    /** Adds the counters of {@code q} to this one (for the total over all queues). */
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
