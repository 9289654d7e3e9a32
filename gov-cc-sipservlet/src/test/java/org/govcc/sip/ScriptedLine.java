package org.govcc.sip;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.LineId;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.sip.registrar.RegistrationListener;

/**
 * A small scripted stand-in for the IVR interpreter and the distributor, driving real calls through the
 * {@link CallControl} port the way they will: welcome prompt, one digit picks a topic, the call queues with comfort
 * prompts, agents are offered in registration order, a failed offer puts the call back at the head. When told to,
 * it transfers every call on the main line to an outside number as soon as the call starts (as the IVR's transfer
 * node does after its prompts) and waits for the outcome: a completed transfer leaves the call (any signal it still
 * receives for it is recorded), a failed one queues the caller for an agent, as the ministry's complaint flow does.
 *
 * <p>Records what happened as strings for the tests to assert on. Thread-safe (synchronized).
 */
final class ScriptedLine implements CallHandler, RegistrationListener {

    static final LineId MAIN = new LineId("main");
    static final LineId COMPLAINTS = new LineId("complaints");

    private enum Stage { IVR, CLOSED, QUEUED, OFFERED, CONNECTED }

    private final CallControl control;
    private final Duration ringTimeout;
    private final Duration comfortInterval;
    private final List<String> events = new ArrayList<>();
    private final Deque<CallId> queue = new ArrayDeque<>();
    private final Set<AgentId> available = new LinkedHashSet<>();
    private final Map<CallId, Stage> stages = new HashMap<>();
    private final Map<CallId, Set<AgentId>> tried = new HashMap<>();
    private final Map<CallId, AgentId> offeredTo = new HashMap<>();
    private final Map<CallId, Call> callsById = new HashMap<>();
    private final List<Call> started = new java.util.ArrayList<>();
    private final Map<CallId, AgentId> callbackAgents = new HashMap<>();
    private final Set<CallId> transferring = new HashSet<>();
    private final Set<CallId> transferred = new HashSet<>();
    private boolean mainClosed;
    private org.govcc.api.call.PhoneNumber transferTarget;
    private int rejected;

    ScriptedLine(CallControl control, Duration ringTimeout, Duration comfortInterval) {
        this.control = control;
        this.ringTimeout = ringTimeout;
        this.comfortInterval = comfortInterval;
    }

    synchronized void reset() {
        events.clear();
        queue.clear();
        available.clear();
        stages.clear();
        tried.clear();
        offeredTo.clear();
        callsById.clear();
        started.clear();
        callbackAgents.clear();
        transferring.clear();
        transferred.clear();
        transferTarget = null;
        mainClosed = false;
        rejected = 0;
    }

    /** Starts a callback: dial the citizen, then ring {@code agent} once the citizen answers. */
    synchronized void callback(CallId id, org.govcc.api.call.PhoneNumber number, AgentId agent) {
        callbackAgents.put(id, agent);
        control.dialOut(id, number, Duration.ofSeconds(5));
    }

    /** Ends a call from the line's side. */
    synchronized void hangUp(CallId id) {
        control.hangUp(id, HangUpReason.NORMAL);
    }

    /** Transfers every call on the main line to {@code number} once it starts; null stops doing so. */
    synchronized void transferMainCallsTo(org.govcc.api.call.PhoneNumber number) {
        transferTarget = number;
    }

    synchronized void setMainClosed(boolean closed) {
        mainClosed = closed;
    }

    /** Returns whether the events so far hold {@code expected} in this order (others may come between). */
    synchronized boolean sawInOrder(String... expected) {
        int next = 0;
        for (String e : events) {
            if (next < expected.length && e.equals(expected[next])) {
                next++;
            }
        }
        return next == expected.length;
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    synchronized int rejected() {
        return rejected;
    }

    synchronized long count(String prefix) {
        return events.stream().filter(e -> e.startsWith(prefix)).count();
    }

    /** Who called {@code line}, as the SIP edge let them in, in the order the calls started. */
    synchronized List<org.govcc.api.call.CallerId> callersOf(org.govcc.api.call.LineId line) {
        return started.stream().filter(c -> c.line().equals(line)).map(Call::caller).toList();
    }

    @Override
    public synchronized void callStarted(Call call) {
        callsById.put(call.id(), call);
        started.add(call);
        events.add("started " + call.line());
        if (call.line().equals(MAIN) && mainClosed) {
            stages.put(call.id(), Stage.CLOSED);
            control.play(call.id(), List.of(Announcement.prompt("closed")), false);
            return;
        }
        stages.put(call.id(), Stage.IVR);
        control.play(call.id(), List.of(Announcement.prompt("welcome")), true);
        control.armTimer(call.id(), Duration.ofSeconds(8));
        if (call.line().equals(MAIN) && transferTarget != null) {
            events.add("transfer " + transferTarget.digits());
            control.disarmTimer(call.id());
            stages.remove(call.id());
            transferring.add(call.id());
            control.transfer(call.id(), transferTarget);
        }
    }

    @Override
    public synchronized void callRejected(String reason) {
        rejected++;
        events.add("rejected " + reason);
    }

    @Override
    public synchronized void registered(AgentId agent, String contact) {
        events.add("registered " + agent);
        available.add(agent);
        dispatch();
    }

    @Override
    public synchronized void unregistered(AgentId agent, String reason) {
        events.add("unregistered " + agent);
        available.remove(agent);
    }

    @Override
    public synchronized void onSignal(CallSignal s) {
        CallId id = s.call();
        if (transferred.contains(id)) {
            events.add("signal after transfer " + s.getClass().getSimpleName());
            return;
        }
        if (transferring.contains(id)) {
            whileTransferring(id, s);
            return;
        }
        Stage stage = stages.get(id);
        if (s instanceof CallSignal.CitizenAnswered) {
            events.add("citizen-answered");
            AgentId agent = callbackAgents.remove(id);
            if (agent != null) {
                available.remove(agent);
                offeredTo.put(id, agent);
                stages.put(id, Stage.OFFERED);
                events.add("offered " + agent);
                control.connectToAgent(id, agent, CallVariables.empty(), ringTimeout);
            }
        } else if (s instanceof CallSignal.DialFailed) {
            CallSignal.DialFailed failed = (CallSignal.DialFailed) s;
            events.add("dial-failed " + failed.reason() + " (" + failed.failure().code() + ")");
            callbackAgents.remove(id);
        } else if (s instanceof CallSignal.PromptFinished) {
            if (stage == Stage.CLOSED) {
                events.add("closed-announced " + callsById.get(id).line());
                control.hangUp(id, HangUpReason.CLOSED);
                forget(id);
            }
        } else if (s instanceof CallSignal.DigitPressed) {
            char d = ((CallSignal.DigitPressed) s).digit();
            events.add("digit " + d);
            if (stage == Stage.IVR) {
                control.disarmTimer(id);
                stages.put(id, Stage.QUEUED);
                queue.addLast(id);
                events.add("queued topic-" + d);
                control.play(id, List.of(Announcement.prompt("queued")), false);
                control.armTimer(id, comfortInterval);
                dispatch();
            }
        } else if (s instanceof CallSignal.TimerFired) {
            if (stage == Stage.IVR) {
                events.add("no-input");
                control.hangUp(id, HangUpReason.NO_INPUT);
                forget(id);
            } else if (stage == Stage.QUEUED) {
                int position = List.copyOf(queue).indexOf(id) + 1;
                events.add("comfort " + position);
                control.play(id, List.of(Announcement.prompt("position"), new Announcement.SpokenNumber(position)),
                        false);
                control.armTimer(id, comfortInterval);
            }
        } else if (s instanceof CallSignal.AgentUnreachable) {
            CallSignal.AgentUnreachable u = (CallSignal.AgentUnreachable) s;
            events.add("unreachable " + u.agent() + " " + u.reason());
            offeredTo.remove(id);
            available.add(u.agent());
            if (stage == Stage.OFFERED) {
                stages.put(id, Stage.QUEUED);
                queue.addFirst(id);
                control.armTimer(id, comfortInterval);
            }
            dispatch();
        } else if (s instanceof CallSignal.AgentAnswered) {
            events.add("answered " + ((CallSignal.AgentAnswered) s).agent());
            stages.put(id, Stage.CONNECTED);
            control.disarmTimer(id);
        } else if (s instanceof CallSignal.CallerHungUp) {
            if (stage == Stage.QUEUED) {
                events.add("abandoned");
            }
            events.add("caller-hung-up");
            AgentId agent = offeredTo.remove(id);
            if (agent != null) {
                available.add(agent);
            }
            forget(id);
            dispatch();
        } else if (s instanceof CallSignal.AgentHungUp) {
            AgentId agent = ((CallSignal.AgentHungUp) s).agent();
            events.add("agent-hung-up " + agent);
            offeredTo.remove(id);
            available.add(agent);
            forget(id);
            dispatch();
        }
    }

    private void whileTransferring(CallId id, CallSignal s) {
        if (s instanceof CallSignal.TransferCompleted) {
            events.add("transfer-completed " + ((CallSignal.TransferCompleted) s).number().digits());
            transferring.remove(id);
            transferred.add(id);
            forget(id);
        } else if (s instanceof CallSignal.TransferFailed) {
            events.add("transfer-failed " + ((CallSignal.TransferFailed) s).reason().code());
            transferring.remove(id);
            stages.put(id, Stage.QUEUED);
            queue.addLast(id);
            events.add("queued after the transfer");
            control.play(id, List.of(Announcement.prompt("queued")), false);
            control.armTimer(id, comfortInterval);
            dispatch();
        } else if (s instanceof CallSignal.CallerHungUp) {
            events.add("caller-hung-up while transferring");
            transferring.remove(id);
            forget(id);
        } else {
            events.add("signal while transferring " + s.getClass().getSimpleName());
        }
    }

    private void forget(CallId id) {
        stages.remove(id);
        queue.remove(id);
        tried.remove(id);
        callsById.remove(id);
    }

    private void dispatch() {
        while (!queue.isEmpty()) {
            CallId head = queue.peekFirst();
            Set<AgentId> t = tried.computeIfAbsent(head, k -> new HashSet<>());
            AgentId agent = available.stream().filter(a -> !t.contains(a)).findFirst().orElse(null);
            if (agent == null) {
                return;
            }
            queue.pollFirst();
            available.remove(agent);
            t.add(agent);
            offeredTo.put(head, agent);
            stages.put(head, Stage.OFFERED);
            control.disarmTimer(head);
            events.add("offered " + agent);
            control.connectToAgent(head, agent, CallVariables.empty(), ringTimeout);
        }
    }
}
