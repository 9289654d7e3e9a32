package org.govcc.api.routing;

import java.time.Instant;
import java.util.List;
import org.govcc.api.call.CallId;
import org.govcc.api.internal.Require;

/**
 * A call waiting in a queue, as a routing strategy sees it.
 *
 * @param call the call
 * @param queue the queue it waits in
 * @param priority its priority
 * @param requirements the skills it needs now (they may widen as it waits)
 * @param waitingSince when it entered the queue (kept when it is put back at the head)
 * @since 0.1
 */
public record WaitingCall(CallId call, QueueId queue, Priority priority, List<SkillRequirement> requirements,
                          Instant waitingSince) {
    /** Validates the values and freezes the list. */
    public WaitingCall {
        Require.nonNull(call, "call");
        Require.nonNull(queue, "queue");
        Require.nonNull(priority, "priority");
        requirements = List.copyOf(Require.nonNull(requirements, "requirements"));
        Require.nonNull(waitingSince, "waitingSince");
    }
}
