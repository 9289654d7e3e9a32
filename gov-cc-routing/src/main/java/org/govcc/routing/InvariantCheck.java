package org.govcc.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.call.CallId;

/**
 * The consistency check behind {@link CallDistributor#checkInvariants()}: agents against the available index and
 * their calls, lanes against the waiting counts, held calls against their agents, and that no available agent
 * could take a waiting call. Stateless; run under the distributor's lock. O(agents x lanes + calls).
 */
final class InvariantCheck {

    private InvariantCheck() {
    }

    /** Returns every violation found, empty when consistent. */
    static List<String> run(Collection<AgentRecord> agents, Map<CallId, CallEntry> calls, QueueState[] queues,
                            AvailableAgents available) {
        List<String> problems = new ArrayList<>();
        Set<CallId> reserved = new HashSet<>();
        for (AgentRecord a : agents) {
            AgentStatus s = a.state.status();
            boolean indexed = available.contains(a);
            if (indexed != (s == AgentStatus.AVAILABLE)) {
                problems.add("agent " + a.id + " is " + s + " but available index says " + indexed);
            }
            if (s == AgentStatus.RESERVED || s == AgentStatus.TALKING) {
                if (a.call == null || a.call.agent != a || !calls.containsKey(a.call.call.id())) {
                    problems.add("agent " + a.id + " is " + s + " without a consistent call");
                } else if (!reserved.add(a.call.call.id())) {
                    problems.add("call " + a.call.call.id() + " held by two agents");
                }
            } else if (a.call != null) {
                problems.add("agent " + a.id + " is " + s + " but holds call " + a.call.call.id());
            }
        }
        for (QueueState q : queues) {
            int inLanes = 0;
            for (Lane lane : q.lanes.values()) {
                inLanes += lane.entries.size();
                for (CallEntry e : lane.entries) {
                    if (e.state != CallEntry.State.WAITING || e.lane != lane || calls.get(e.call.id()) != e) {
                        problems.add("call " + e.call.id() + " in a lane of " + q.config.id() + " is " + e.state);
                    }
                }
            }
            if (inLanes != q.waiting) {
                problems.add("queue " + q.config.id() + " counts " + q.waiting + " waiting but lanes hold "
                        + inLanes);
            }
        }
        for (CallEntry e : calls.values()) {
            if ((e.state == CallEntry.State.OFFERED || e.state == CallEntry.State.CONNECTED)
                    && (e.agent == null || e.agent.call != e)) {
                problems.add("call " + e.call.id() + " is " + e.state + " without its agent");
            }
            if (e.state == CallEntry.State.ENDED) {
                problems.add("ended call " + e.call.id() + " still held");
            }
        }
        for (AgentRecord a : available) {
            for (QueueState q : queues) {
                for (Lane lane : q.lanes.values()) {
                    // only built-in strategies promise never to keep a call waiting beside a free agent
                    if (a.meetsAny(lane.alternatives)
                            && q.config.strategy().getClass().getEnclosingClass() == Strategies.class) {
                        CallEntry head = lane.entries.first();
                        if (!head.callback) {
                            problems.add("agent " + a.id + " is available while call " + head.call.id()
                                    + " it could take waits in " + q.config.id());
                        }
                    }
                }
            }
        }
        return problems;
    }
}
