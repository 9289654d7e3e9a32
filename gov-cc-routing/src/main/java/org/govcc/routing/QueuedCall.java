package org.govcc.routing;

import java.util.List;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallVariables;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillRequirement;

/**
 * A request to queue a call: which queue, how urgent, which skills.
 *
 * @param call the call
 * @param queue the queue
 * @param priority its priority
 * @param requirements the skills it needs; empty means the queue's own requirements
 * @param variables what the agent's desktop will show
 * @since 0.1
 */
public record QueuedCall(Call call, QueueId queue, Priority priority, List<SkillRequirement> requirements,
                         CallVariables variables) {

    /** Validates the values and freezes the list. */
    public QueuedCall {
        Require.nonNull(call, "call");
        Require.nonNull(queue, "queue");
        Require.nonNull(priority, "priority");
        requirements = List.copyOf(Require.nonNull(requirements, "requirements"));
        Require.nonNull(variables, "variables");
    }

    /** Returns a request with the queue's own requirements and no variables. */
    public static QueuedCall of(Call call, QueueId queue, Priority priority) {
        return new QueuedCall(call, queue, priority, List.of(), CallVariables.empty());
    }
}
