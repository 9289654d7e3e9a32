package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.SkillRequirement;

/** A call held by the {@link CallDistributor}: its place, its state, its agent. Guarded by the distributor's lock. */
final class CallEntry {

    /** Where a held call is. */
    enum State { WAITING, OFFERED, CONNECTED, PARKED, ENDED }

    final Call call;
    final QueueState queue;
    final Priority priority;
    final CallVariables variables;
    final Instant since;
    final long sinceMicros;
    final long seq;
    final long rank1;
    final long rank2;
    List<List<SkillRequirement>> alternatives;
    int step;
    State state = State.WAITING;
    Lane lane;
    AgentRecord agent;
    Instant connectedAt;
    List<Cancellable> stepTimers;
    Cancellable parkTimer;
    boolean callback;
    boolean citizenOnLine;
    PhoneNumber callbackNumber;
    int attempts;
    Duration predicted;
    /**
     * Where waiting is counted from for the queue's statistics: {@link #since} at first; the transfer's instant for a
     * transferred call, which keeps {@link #since} (its rank) but must not count its first conversation as waiting.
     */
    Instant waitFrom;
    long waitFromMicros;
    /** Since when its agent has held the caller; null while the two can hear each other (or nobody is connected). */
    Instant heldSince;
    /** An agent already answered this call in {@link #queue}: its statistics count it answered once, never abandoned. */
    boolean answeredBefore;

    CallEntry(Call call, QueueState queue, Priority priority, List<List<SkillRequirement>> alternatives,
          CallVariables variables, Instant since, long sinceMicros, long seq) {
        this.call = call;
        this.queue = queue;
        this.priority = priority;
        this.alternatives = alternatives;
        this.variables = variables;
        this.since = since;
        this.sinceMicros = sinceMicros;
        this.seq = seq;
        this.waitFrom = since;
        this.waitFromMicros = sinceMicros;
        if (queue.agingMicros > 0) {
            // effective priority p + (now - since) / g ranks as since - p * g: a static key for the lane
            rank1 = sinceMicros - priority.value() * queue.agingMicros;
            rank2 = 0;
        } else {
            rank1 = -priority.value();
            rank2 = sinceMicros;
        }
    }

    double effective(long nowMicros) {
        return queue.agingMicros > 0
                ? priority.value() + (double) (nowMicros - sinceMicros) / queue.agingMicros
                : priority.value();
    }
}
