package org.govcc.ivr;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.Node;
import org.govcc.ivr.flow.NodeId;
import org.govcc.ivr.flow.PromptItem;

/**
 * The state of one call in the IVR. All mutation happens under the session's monitor; commands that call back
 * into the session on the same thread are queued ({@link #pending}) and handled after the current signal.
 */
final class Session implements IvrSession {

    private static final System.Logger LOG = System.getLogger(Session.class.getName());
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_SUB_FLOW_DEPTH = 16;

    private final IvrInterpreter interpreter;
    final Call call;
    final CallControl control;
    private final IvrListener listener;

    Flow flow;
    NodeId nodeId;
    Node node;
    Step step;
    Language language;
    CallVariables variables;

    /** Attempts used at the current input node. */
    int attempts;
    /** Whether the current node's prompts are still playing. */
    boolean playing;
    /** Whether the current playback lets a key cut it short (then the call side stops it on a key). */
    private boolean playingBargeIn;
    /** Whether the call's timer is armed by this session. */
    private boolean timerArmed;
    /** Digits collected at the current collect-digits node. */
    StringBuilder digits;
    /** Whether the terminator key ended the current entry. */
    boolean terminated;
    /** A key pressed during a barge-in prompt, for the next node that reads keys; 0 if none. */
    char typeAhead;
    /** Whether the current (transfer) node waits for the outcome of the transfer it asked for. */
    boolean transferring;

    private ArrayDeque<Frame> returns;
    private ArrayDeque<CallSignal> pending;
    private NodeId goTo;
    private boolean busy;
    private boolean ended;

    Session(IvrInterpreter interpreter, Call call, Flow flow, CallControl control, IvrListener listener) {
        this.interpreter = interpreter;
        this.call = call;
        this.flow = flow;
        this.control = control;
        this.listener = listener;
        this.language = flow.languages().contains(call.language()) ? call.language() : flow.defaultLanguage();
        this.variables = CallVariables.empty().with("language", language.code());
        this.nodeId = flow.start();
    }

    /** Enters the start node. */
    synchronized void begin() {
        busy = true;
        try {
            try {
                goTo(flow.start());
                run();
            } catch (RuntimeException e) {
                fail(e);
            }
            drain();
        } finally {
            busy = false;
        }
    }

    @Override
    public void onSignal(CallSignal signal) {
        if (signal == null || !signal.call().equals(call.id())) {
            return;
        }
        synchronized (this) {
            if (ended) {
                return;
            }
            if (busy) {
                pending().add(signal);
                return;
            }
            busy = true;
            try {
                handle(signal);
                drain();
            } finally {
                busy = false;
            }
        }
    }

    private void drain() {
        while (pending != null && !pending.isEmpty() && !ended) {
            handle(pending.poll());
        }
    }

    private void handle(CallSignal signal) {
        try {
            if (signal instanceof CallSignal.CallerHungUp) {
                exit(new IvrOutcome.CallerHungUp(variables));
                return;
            }
            if (signal instanceof CallSignal.PromptFinished) {
                if (!playing) {
                    return; // nothing of ours is playing: a late report of a playback that was cut short
                }
                playing = false;
                step.promptFinished(this);
            } else if (signal instanceof CallSignal.DigitPressed) {
                if (playing && playingBargeIn) {
                    playing = false; // the call side stopped the playback on the key
                }
                step.digit(this, ((CallSignal.DigitPressed) signal).digit());
            } else if (signal instanceof CallSignal.TimerFired) {
                if (!timerArmed) {
                    return; // disarmed or superseded: a late timer must not count as the caller's silence
                }
                timerArmed = false;
                step.timer(this);
            } else if (signal instanceof CallSignal.TransferCompleted) {
                step.transferCompleted(this);
            } else if (signal instanceof CallSignal.TransferFailed) {
                step.transferFailed(this, ((CallSignal.TransferFailed) signal).reason());
            }
            // Agent and dial-out signals belong to the distributor, not the IVR.
            run();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** Follows {@link #goTo} requests until a node waits for a signal. */
    private void run() {
        int steps = 0;
        while (goTo != null && !ended) {
            NodeId target = goTo;
            goTo = null;
            if (++steps > interpreter.maxStepsPerSignal()) {
                throw new IllegalStateException("flow " + flow.id() + " passed " + steps
                        + " nodes without waiting for the caller (last: " + target + ")");
            }
            Node next = flow.node(target).orElseThrow(() -> new IllegalStateException(
                    "flow " + flow.id() + " has no node '" + target + "'"));
            // Leave the previous node cleanly: its prompts and its timer belong to it.
            if (playing) {
                control.stopPlayback(call.id());
            }
            if (timerArmed) {
                disarmTimer();
            }
            nodeId = target;
            node = next;
            step = next.accept(Steps.FOR_NODE);
            attempts = 0;
            playing = false;
            transferring = false;
            notifyListener(() -> listener.onNodeEntered(flow.id(), target));
            step.enter(this);
        }
    }

    private void fail(RuntimeException e) {
        LOG.log(Level.WARNING, "IVR session of call " + call.id() + " failed at " + flow.id() + "/" + nodeId
                + "; ending the call", e);
        if (ended) {
            return;
        }
        try {
            control.hangUp(call.id(), HangUpReason.FAILURE);
        } catch (RuntimeException again) {
            LOG.log(Level.WARNING, "call control failed to hang up call " + call.id(), again);
        }
        exit(new IvrOutcome.Ended("internal failure: " + e.getMessage(), variables));
    }

    // ---- what steps use ----------------------------------------------------------------------------------

    /** Moves to {@code target} once the current step returns. */
    void goTo(NodeId target) {
        goTo = target;
    }

    Instant now() {
        return interpreter.clock().instant();
    }

    Optional<org.govcc.api.schedule.ServiceSchedule> schedule() {
        return interpreter.schedule();
    }

    /** Whether the line can call a citizen back (it has an outbound trunk). */
    boolean canDialOut() {
        return interpreter.canDialOut();
    }

    /** Asks the interpreter's lookup {@code name} with the call's variables. */
    Optional<String> lookUp(String name) {
        return interpreter.lookUp(name, variables);
    }

    void set(String name, String value) {
        variables = variables.with(name, value);
    }

    void setLanguage(Language newLanguage) {
        set("language", newLanguage.code());
        if (!newLanguage.equals(language)) {
            language = newLanguage;
            notifyListener(() -> listener.onLanguageChanged(newLanguage));
        }
    }

    /**
     * Plays {@code items} (resolved against the variables); returns false, without playing, if they say nothing.
     */
    boolean play(List<PromptItem> items, boolean bargeIn) {
        List<Announcement> announcements = PromptResolver.resolve(items, variables, language, flow.timeZone(),
                interpreter.prompts(), call.id());
        if (announcements.isEmpty()) {
            playing = false;
            return false;
        }
        playing = true;
        playingBargeIn = bargeIn;
        control.play(call.id(), announcements, bargeIn);
        return true;
    }

    /** Plays {@code first} then {@code then}, as one playback. */
    boolean play(List<PromptItem> first, List<PromptItem> then, boolean bargeIn) {
        if (first.isEmpty()) {
            return play(then, bargeIn);
        }
        List<PromptItem> all = new ArrayList<>(first.size() + then.size());
        all.addAll(first);
        all.addAll(then);
        return play(all, bargeIn);
    }

    void armTimer(Optional<Duration> timeout) {
        timerArmed = true;
        control.armTimer(call.id(), timeout.orElse(DEFAULT_TIMEOUT));
    }

    void disarmTimer() {
        if (timerArmed) {
            timerArmed = false;
            control.disarmTimer(call.id());
        }
    }

    /** Takes and clears the type-ahead key, or 0. */
    char takeTypeAhead() {
        char c = typeAhead;
        typeAhead = 0;
        return c;
    }

    void enterSubFlow(FlowId target, Optional<NodeId> entry, NodeId next) {
        Flow called = interpreter.flows().flow(target).orElseThrow(() -> new IllegalStateException(
                "sub-flow '" + target + "' is not loaded"));
        if (returns == null) {
            returns = new ArrayDeque<>(2);
        }
        if (returns.size() >= MAX_SUB_FLOW_DEPTH) {
            throw new IllegalStateException("sub-flows nested deeper than " + MAX_SUB_FLOW_DEPTH);
        }
        returns.push(new Frame(flow, next));
        flow = called;
        goTo(entry.orElse(called.start()));
    }

    /** Returns to the calling flow; false if this flow was not called as a sub-flow. */
    boolean returnFromSubFlow() {
        if (returns == null || returns.isEmpty()) {
            return false;
        }
        Frame frame = returns.pop();
        flow = frame.flow;
        goTo(frame.next);
        return true;
    }

    /** Ends the session: reports {@code outcome} once, forgets the session. */
    void exit(IvrOutcome outcome) {
        if (ended) {
            return;
        }
        ended = true;
        goTo = null;
        interpreter.forget(this); // first, so that onExit may start a new session for the same call
        // IvrFinished before onExit: what the listener does next (queue the call, end it) follows it in the events.
        interpreter.published(this, outcome);
        notifyListener(() -> listener.onExit(outcome));
    }

    private void notifyListener(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "IVR listener failed for call " + call.id(), e);
        }
    }

    private ArrayDeque<CallSignal> pending() {
        if (pending == null) {
            pending = new ArrayDeque<>(2);
        }
        return pending;
    }

    // ---- IvrSession ---------------------------------------------------------------------------------------

    @Override
    public CallId call() {
        return call.id();
    }

    @Override
    public synchronized Language language() {
        return language;
    }

    @Override
    public synchronized CallVariables variables() {
        return variables;
    }

    @Override
    public synchronized FlowId currentFlow() {
        return flow.id();
    }

    @Override
    public synchronized NodeId currentNode() {
        return nodeId;
    }

    @Override
    public synchronized boolean isActive() {
        return !ended;
    }

    @Override
    public String toString() {
        return "IvrSession[" + call.id() + " at " + flow.id() + "/" + nodeId + (ended ? ", ended" : "") + "]";
    }

    /** Where a sub-flow returns to. */
    private static final class Frame {
        final Flow flow;
        final NodeId next;

        Frame(Flow flow, NodeId next) {
            this.flow = flow;
            this.next = next;
        }
    }
}
