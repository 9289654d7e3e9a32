package org.govcc.api.control;

import java.time.Duration;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.internal.Require;

/**
 * A {@link CallControl} that ignores every command: the base of simulators, benchmarks and test fakes, which
 * override only the commands they act on. Not for a real call side, where an ignored command strands a caller.
 * Thread-safe as far as the overrides are.
 *
 * @since 0.1
 */
public abstract class IgnoringCallControl implements CallControl {

    private final String id;

    /** Creates the call control with provider id {@code id}. */
    protected IgnoringCallControl(String id) {
        this.id = Require.id(id, "call control id");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void play(CallId call, List<Announcement> announcements, boolean bargeIn) {
    }

    @Override
    public void stopPlayback(CallId call) {
    }

    @Override
    public void armTimer(CallId call, Duration delay) {
    }

    @Override
    public void disarmTimer(CallId call) {
    }

    @Override
    public void connectToAgent(CallId call, AgentId agent, CallVariables variables, Duration ringTimeout) {
    }

    @Override
    public boolean releasesAgents() {
        return true;
    }

    @Override
    public void releaseAgent(CallId call, AgentId agent) {
    }

    @Override
    public void dialOut(CallId call, PhoneNumber number, Duration ringTimeout) {
    }

    @Override
    public void transfer(CallId call, PhoneNumber number) {
    }

    @Override
    public void hangUp(CallId call, HangUpReason reason) {
    }
}
