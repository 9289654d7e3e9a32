package org.govcc.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.control.IgnoringCallControl;

/** A call side that only records the commands it is given. Thread-safe. */
final class FakeCallControl extends IgnoringCallControl {
    FakeCallControl() {
        super("fake");
    }

    /** A recorded command. */
    record Command(String kind, CallId call, AgentId agent, PhoneNumber number, Duration timeout,
                   CallVariables variables) {
        Command(String kind, CallId call, AgentId agent, PhoneNumber number, Duration timeout) {
            this(kind, call, agent, number, timeout, CallVariables.empty());
        }
    }

    private volatile boolean releasesAgents = true;
    private volatile boolean holdsCalls = true;
    private volatile boolean dialsSealed = true;
    private final List<SealedNumber> sealedDials = new ArrayList<>();

    private final List<Command> commands = new ArrayList<>();

    @Override
    public synchronized void connectToAgent(CallId call, AgentId agent, CallVariables variables, Duration ringTimeout) {
        commands.add(new Command("connect", call, agent, null, ringTimeout, variables));
    }

    @Override
    public boolean releasesAgents() {
        return releasesAgents;
    }

    /** Makes this call side one that, like an older implementation, cannot release an agent's leg. */
    void cannotReleaseAgents() {
        releasesAgents = false;
    }

    @Override
    public synchronized void releaseAgent(CallId call, AgentId agent) {
        commands.add(new Command("release", call, agent, null, null));
    }

    @Override
    public boolean holdsCalls() {
        return holdsCalls;
    }

    /** Makes this call side one that, like an older implementation, cannot hold a call. */
    void cannotHoldCalls() {
        holdsCalls = false;
    }

    @Override
    public synchronized void hold(CallId call, boolean held) {
        commands.add(new Command(held ? "hold" : "take-back", call, null, null, null));
    }

    @Override
    public synchronized void dialOut(CallId call, PhoneNumber number, Duration ringTimeout) {
        commands.add(new Command("dial", call, null, number, ringTimeout));
    }

    @Override
    public boolean dialsSealedNumbers() {
        return dialsSealed;
    }

    /** Makes this call side one that, like an older implementation, cannot dial a sealed number. */
    void cannotDialSealedNumbers() {
        dialsSealed = false;
    }

    @Override
    public synchronized void dialOutSealed(CallId call, LineId line, SealedNumber number, Duration ringTimeout) {
        commands.add(new Command("dial-sealed", call, null, null, ringTimeout));
        sealedDials.add(number);
    }

    /** The sealed numbers dialled, in order. */
    synchronized List<SealedNumber> sealedDials() {
        return List.copyOf(sealedDials);
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
