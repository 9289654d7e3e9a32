package org.govcc.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.SkillRequirement;

/** A call held by the {@link CallDistributor}: its place, its state, its agent. Guarded by the distributor's lock. */
final class CallEntry {

    /** Below every rank an ordinary call can have (its rank1 is at least -aging*100 micros from its arrival). */
    private static final long URGENT_RANK = Long.MIN_VALUE / 2;
    /** Above every effective priority an ordinary call can reach by aging in a day's waiting. */
    private static final double URGENT_EFFECTIVE = 1e12;

    /** Where a held call is. */
    enum State { WAITING, OFFERED, CONNECTED, PARKED, ENDED }

    final Call call;
    final QueueState queue;
    final Priority priority;
    final CallVariables variables;
    final Instant since;
    final long sinceMicros;
    final long seq;
    /** Rank keys in its lane; changed only while the entry is out of its lane (see {@link #markUrgent()}). */
    long rank1;
    long rank2;
    /** A duress code marked it: it goes before every call that is not (see {@link Lane#RANK}, {@link #effective}). */
    boolean urgent;
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
    /** A sealed line's callback: the number only its SIP edge can open (instead of {@link #callbackNumber}). */
    SealedNumber sealedNumber;
    /** When a consented callback may be dialled; null for a callback that may be dialled whenever it is its turn. */
    CallbackWindow window;
    /** Ends a consented callback whose window closed before it reached the citizen. */
    Cancellable windowTimer;
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

    /** Marks the call urgent; the caller takes it out of its lane first and puts it back after. */
    void markUrgent() {
        urgent = true;
        rank1 = URGENT_RANK + sinceMicros; // urgent calls by arrival, before all others
        rank2 = 0;
    }

    double effective(long nowMicros) {
        if (urgent) {
            return URGENT_EFFECTIVE;
        }
        return queue.agingMicros > 0
                ? priority.value() + (double) (nowMicros - sinceMicros) / queue.agingMicros
                : priority.value();
    }
}
