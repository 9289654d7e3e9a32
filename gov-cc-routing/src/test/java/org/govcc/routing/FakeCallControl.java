package org.govcc.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.control.IgnoringCallControl;

/** A call side that only records the commands it is given. Thread-safe. */
final class FakeCallControl extends IgnoringCallControl {
    FakeCallControl() {
        super("fake");
    }

    /** A recorded command. */
    record Command(String kind, CallId call, AgentId agent, PhoneNumber number, Duration timeout) {
    }

    private final List<Command> commands = new ArrayList<>();

    @Override
    public synchronized void connectToAgent(CallId call, AgentId agent, CallVariables variables, Duration ringTimeout) {
        commands.add(new Command("connect", call, agent, null, ringTimeout));
    }

    @Override
    public synchronized void dialOut(CallId call, PhoneNumber number, Duration ringTimeout) {
        commands.add(new Command("dial", call, null, number, ringTimeout));
    }

    @Override
    public synchronized void hangUp(CallId call, HangUpReason reason) {
        commands.add(new Command("hangup", call, null, null, null));
    }

    synchronized List<Command> commands() {
        return List.copyOf(commands);
    }

    synchronized List<Command> of(String kind) {
        return commands.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    synchronized Command last() {
        return commands.get(commands.size() - 1);
    }

    synchronized void clear() {
        commands.clear();
    }
}
