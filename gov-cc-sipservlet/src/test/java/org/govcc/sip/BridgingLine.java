package org.govcc.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;

/**
 * A stand-in for the distributor in {@link MonitoringIT}: rings {@code agent} for every call as soon as it starts, and
 * records what becomes of the calls as strings. Thread-safe (synchronized).
 */
final class BridgingLine implements CallHandler {
    private final CallControl control;
    private final AgentId agent;
    private final List<String> events = new ArrayList<>();
    private CallId answered;

    BridgingLine(CallControl control, AgentId agent) {
        this.control = control;
        this.agent = agent;
    }

    /** Takes the agent's leg off {@code call}, as the distributor does for a transfer to another queue. */
    synchronized void releaseAgent(CallId call) {
        events.add("released " + call.value());
        control.releaseAgent(call, agent);
    }

    synchronized void reset() {
        events.clear();
        answered = null;
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    synchronized CallId answered() {
        return answered;
    }

    @Override
    public synchronized void callStarted(Call call) {
        events.add("started " + call.id().value());
        control.connectToAgent(call.id(), agent, CallVariables.empty(), Duration.ofSeconds(5));
    }

    @Override
    public synchronized void onSignal(CallSignal s) {
        String id = s.call().value();
        if (s instanceof CallSignal.AgentAnswered) {
            answered = s.call();
            events.add("answered " + id);
        } else if (s instanceof CallSignal.CallerHungUp) {
            events.add("caller-hung-up " + id);
        } else if (s instanceof CallSignal.AgentHungUp) {
            events.add("agent-hung-up " + id);
        } else {
            events.add(s.getClass().getSimpleName() + " " + id);
        }
    }
}
