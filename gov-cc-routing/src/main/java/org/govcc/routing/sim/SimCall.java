package org.govcc.routing.sim;

import java.time.Instant;
import org.govcc.api.call.CallId;
import org.govcc.routing.Cancellable;

/** One simulated call: when and where it arrived, what the distributor predicted, and what became of it. */
final class SimCall {

    /** What became of a call. */
    enum Outcome { NONE, ANSWERED, ABANDONED }

    final CallId id;
    final String queue;
    final Instant arrived;
    final int interval;
    double predicted;
    double waited;
    double handleSeconds;
    boolean answered;
    boolean refused;
    Outcome outcome = Outcome.NONE;
    Cancellable patience;

    SimCall(CallId id, String queue, Instant arrived, int interval) {
        this.id = id;
        this.queue = queue;
        this.arrived = arrived;
        this.interval = interval;
    }
}
