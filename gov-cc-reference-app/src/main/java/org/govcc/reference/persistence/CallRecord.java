package org.govcc.reference.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.EndReason;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.cases.CaseId;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * What is known of one call: where it came in, how it left the IVR, where it waited, who answered, how it ended.
 *
 * @param call the call
 * @param firstSeen when it arrived or was refused
 * @param line the line it came in on, if known
 * @param caller the caller's number, when the caller presented one and the line keeps numbers
 * @param callerHash on a sealed line, the keyed hash of the caller's number that links their calls, when the caller
 *     presented a number
 * @param rejectedReason why the line refused it at the door, if it did
 * @param ivrOutcome how it left the IVR ({@code Queue}, {@code Callback}, {@code Transferred}, {@code Ended},
 *     {@code CallerHungUp}), if it did
 * @param queue the queue it waited in, if any
 * @param callbackRequested the caller asked to be called back
 * @param agent the agent who answered, if any
 * @param waited how long it waited before an agent answered or the caller gave up
 * @param abandoned the caller hung up while waiting
 * @param endedAt when it ended, if it has
 * @param endReason how it ended, in English, if it has
 * @param endCause how its record was closed, if it has ended
 * @param endKind why the call ended, as a type, when it ended by an end the line reported (not refused, not
 *                interrupted; and not on records from before schema version 14)
 * @param request the citizen request made from the call, the first if several were
 * @param work what the agent who answered did with it, once they did
 */
public record CallRecord(CallId call, Instant firstSeen, Optional<LineId> line, Optional<PhoneNumber> caller,
                         Optional<String> callerHash,
                         Optional<String> rejectedReason, Optional<String> ivrOutcome, Optional<QueueId> queue,
                         boolean callbackRequested, Optional<AgentId> agent, Optional<Duration> waited,
                         boolean abandoned, Optional<Instant> endedAt, Optional<String> endReason,
                         Optional<CallEndCause> endCause, Optional<EndReason> endKind, Optional<CaseId> request,
                         AgentWork work) {

    /**
     * An agent's work on a call: talk (with the caller's time on hold), then after-call work and its wrap-up code. Talk
     * and wrap-up are empty until they ended.
     *
     * @param talk from the connection to the end of the call, holds included
     * @param hold how long the caller was on hold, in all (zero when never held)
     * @param holds how many times the caller was put on hold
     * @param wrapUp the after-call work
     * @param wrapUpCode what the agent recorded, or the queue's default when the wrap-up time ran out
     */
    public record AgentWork(Optional<Duration> talk, Duration hold, int holds, Optional<Duration> wrapUp,
                            Optional<String> wrapUpCode) {
        /** Nothing yet. */
        public static final AgentWork NONE = new AgentWork(Optional.empty(), Duration.ZERO, 0, Optional.empty(),
                Optional.empty());

        /** Validates the values. */
        public AgentWork {
            Require.nonNull(talk, "talk");
            Require.nonNull(hold, "hold");
            Require.that(!hold.isNegative(), "hold must not be negative, but was " + hold);
            Require.that(holds >= 0, "holds must not be negative, but was " + holds);
            Require.that(holds > 0 || hold.isZero(), "a call never held has no hold time, but had " + hold);
            Require.nonNull(wrapUp, "wrapUp");
            Require.nonNull(wrapUpCode, "wrapUpCode");
        }
    }

    /** Validates the values. */
    public CallRecord {
        Require.nonNull(call, "call");
        Require.nonNull(firstSeen, "firstSeen");
        Require.nonNull(line, "line");
        Require.nonNull(caller, "caller");
        Require.nonNull(callerHash, "callerHash");
        Require.nonNull(rejectedReason, "rejectedReason");
        Require.nonNull(ivrOutcome, "ivrOutcome");
        Require.nonNull(queue, "queue");
        Require.nonNull(agent, "agent");
        Require.nonNull(waited, "waited");
        Require.nonNull(endedAt, "endedAt");
        Require.nonNull(endKind, "endKind");
        Require.nonNull(endCause, "endCause");
        Require.nonNull(endKind, "endKind");
        Require.nonNull(work, "work");
        Require.nonNull(request, "request");
    }
}
