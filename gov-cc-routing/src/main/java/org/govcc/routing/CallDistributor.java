package org.govcc.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.agent.Disposition;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.EndReason;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.CallSignalListener;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.RoutingStrategy;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.api.routing.SkillRequirement;
import org.govcc.api.schedule.ServiceSchedule;

/**
 * The call distributor: skills-based queues, the agent state machine, callbacks and live statistics.
 *
 * <p><b>Matching.</b> Each queue keeps its waiting calls in lanes, one per set of (widened) requirements,
 * each ordered by effective priority then arrival; available agents are indexed per skill, ordered by idle
 * time. After every operation no available agent could take a waiting call: when an agent frees up it gets
 * the best call it can serve, across queues (a {@link QueueConfig#neverOvertaken()} queue first, then the
 * highest effective priority, then the longest wait); when a call arrives, widens or returns, the queue's
 * {@link RoutingStrategy} chooses among the available agents that can serve it. Because of that invariant a
 * call is never offered while an earlier-ranked call that the same agent could serve is waiting.
 *
 * <p><b>Priority and aging.</b> A call's effective priority is its priority plus one point per
 * {@link QueueConfig#agingPerPoint()} of waiting, so nothing starves; calls of a never-overtaken queue (the
 * complaint line) are ranked above every other call whatever their age.
 *
 * <p><b>Call side.</b> The distributor acts through {@link CallControl} ({@code connectToAgent},
 * {@code dialOut}) and learns outcomes from {@link CallSignal}s given to {@link #handle} (it is a
 * {@link CallSignalListener}, so the call side can feed it directly). Expected outcomes are return values;
 * illegal agent transitions throw {@link IllegalStateException} and change nothing.
 *
 * <p><b>Threads.</b> Thread-safe: one lock guards all state. Events are delivered at the end of each
 * operation, on the thread that caused them, still under the lock, so all listeners see one consistent order
 * (listeners must be quick; they may call back into the distributor). Call-control commands are issued
 * after the lock is released, so the call side may signal back synchronously. Time comes from the injected
 * {@link Clock} and {@link Scheduler}. No method accepts {@code null}.
 *
 * @since 0.1
 */
public final class CallDistributor implements CallSignalListener {

    // This class is the facade and the hub: it holds the calls and agents, matches them, and runs the agent
    // state machine. Its package-private parts (see the README) share its one lock and call back into it
    // through tryRouteCall, end, becomeAvailable and move, always under that lock.

    private final DistributorLock lock;
    private final DistributorConfig config;
    private final TimeLine time;
    private final StatisticsPublisher publisher;

    private final QueueState[] queues;
    private final Map<QueueId, QueueState> queuesById = new HashMap<>();
    private final Map<AgentId, AgentRecord> agents = new LinkedHashMap<>();
    private final Map<CallId, CallEntry> calls = new HashMap<>();
    private final AvailableAgents available;
    private final Callbacks callbacks;
    private final Offers offers;
    private final Widening widening;
    private final WrapUps wrapUps;
    private final Transfers transfers;
    private final Holds holds;
    private final CallControl control;
    private final Signals signals;
    private final Matching matching;
    private final AgentMoves moves;
    private final CallIntake intake;

    private CallDistributor(Builder b) {
        this.config = Require.nonNull(b.config, "config");
        Clock clock = Require.nonNull(b.clock, "clock");
        Scheduler scheduler = Require.nonNull(b.scheduler, "scheduler");
        CallControl control = Require.nonNull(b.control, "callControl");
        this.control = control;
        ServiceSchedule schedule = b.schedule;
        this.time = new TimeLine(clock, config.zone());
        this.lock = new DistributorLock(b.listeners);
        this.publisher = new StatisticsPublisher(scheduler, this::statistics);
        this.queues = new QueueState[config.queues().size()];
        for (int i = 0; i < queues.length; i++) {
            QueueConfig qc = config.queues().get(i);
            queues[i] = new QueueState(i, qc);
            queuesById.put(qc.id(), queues[i]);
            if (qc.schedule().isPresent() && schedule != null) {
                Require.that(schedule.schedules().contains(qc.schedule().get()),
                        "queues[" + qc.id() + "].schedule: unknown schedule '" + qc.schedule().get() + "'");
            }
        }
        this.available = new AvailableAgents(config.skills(), agents);
        this.callbacks = new Callbacks(this, lock, time, scheduler, schedule);
        this.offers = new Offers(this, callbacks, lock, time, scheduler, control, config.ringGuard());
        this.widening = new Widening(this, lock, scheduler);
        this.holds = new Holds(lock, time, control);
        this.wrapUps = new WrapUps(this, lock, time, scheduler, holds);
        this.transfers = new Transfers(this, lock, time, control, offers, wrapUps, widening, calls, holds);
        this.signals = new Signals(this, lock, time, offers, callbacks, wrapUps);
        this.matching = new Matching(queues, available, time, callbacks, offers);
        Sequence sequence = new Sequence();
        this.moves = new AgentMoves(lock, time, queues, available, matching, sequence);
        this.intake = new CallIntake(this, lock, time, config, calls, this::queue, widening, sequence, callbacks);
    }

    /** Returns a builder; {@code config}, {@code clock}, {@code scheduler} and {@code callControl} are required. */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------------------ agents

    /**
     * Registers an agent, logged out.
     *
     * @throws IllegalArgumentException if the id is taken or the agent holds a skill the configuration lacks
     */
    public void addAgent(AgentProfile profile) {
        Require.nonNull(profile, "profile");
        for (SkillId s : profile.skills().keySet()) {
            DistributorConfig.requireKnown(config.skills(), s, "agent " + profile.id() + " skills");
        }
        lock.locked(() -> {
            Require.that(!agents.containsKey(profile.id()), "agent " + profile.id() + " is already registered");
            AgentRecord a = new AgentRecord(profile, queues.length, time.now());
            for (QueueState q : queues) {
                a.serves[q.index] = a.meets(q.config.requirements());
            }
            agents.put(profile.id(), a);
            return null;
        });
    }

    /** Logs an agent in: logged out -> available. @throws IllegalStateException from any other state */
    public void logIn(AgentId agent) {
        command(agent, "log in", this::becomeAvailable, AgentStatus.LOGGED_OUT);
    }

    /**
     * Logs an agent in not ready: logged out -> on break for {@code reason}, in one step, so that no call is offered
     * before the agent says they are ready.
     *
     * @throws IllegalStateException from any other state
     */
    public void logIn(AgentId agent, BreakReason reason) {
        Require.nonNull(reason, "reason");
        command(agent, "log in", a -> move(a, new AgentState.OnBreak(reason)), AgentStatus.LOGGED_OUT);
    }

    /** Logs an agent out, from available or a break. @throws IllegalStateException from any other state */
    public void logOut(AgentId agent) {
        command(agent, "log out", a -> move(a, AgentState.loggedOut()), AgentStatus.AVAILABLE,
                AgentStatus.ON_BREAK);
    }

    /**
     * Starts (or changes the reason of) a break, from available or a break.
     *
     * @throws IllegalStateException from any other state (end the wrap-up with {@link #endWrapUp(AgentId, BreakReason)})
     */
    public void startBreak(AgentId agent, BreakReason reason) {
        Require.nonNull(reason, "reason");
        command(agent, "start a break", a -> move(a, new AgentState.OnBreak(reason)), AgentStatus.AVAILABLE,
                AgentStatus.ON_BREAK);
    }

    /** Ends a break: on break -> available. @throws IllegalStateException from any other state */
    public void endBreak(AgentId agent) {
        command(agent, "end a break", this::becomeAvailable, AgentStatus.ON_BREAK);
    }

    /**
     * Ends the agent's wrap-up: wrap-up -> available, or what {@link #afterCall} set.
     *
     * @throws IllegalStateException from any other state
     */
    public void endWrapUp(AgentId agent) {
        endWrapUp(agent, Optional.empty());
    }

    /**
     * Ends the agent's wrap-up with what they recorded of the call ({@link CallCentreEvent.WrapUpEnded} carries it):
     * wrap-up -> available, or what {@link #afterCall} set.
     *
     * @throws IllegalStateException from any other state
     */
    public void endWrapUp(AgentId agent, Optional<Disposition> disposition) {
        Require.nonNull(disposition, "disposition");
        command(agent, "end wrap-up", a -> wrapUps.finish(a, null, disposition), AgentStatus.WRAP_UP);
    }

    /**
     * Sets what the agent does when the call in hand (offered, in conversation or in wrap-up) is over: a break for
     * {@code thenBreak}, or ready again when it is empty. Whatever ends the call applies it.
     *
     * @throws IllegalStateException unless a call is in hand
     */
    public void afterCall(AgentId agent, Optional<BreakReason> thenBreak) {
        Require.nonNull(thenBreak, "thenBreak");
        command(agent, "plan the next status", a -> {
            a.nextBreak = thenBreak.orElse(null);
            a.nextSignOut = false;
        }, AgentStatus.RESERVED, AgentStatus.TALKING, AgentStatus.WRAP_UP);
    }

    /**
     * Signs the agent out when the call in hand is over.
     *
     * @throws IllegalStateException unless a call is in hand
     */
    public void signOutAfterCall(AgentId agent) {
        command(agent, "plan signing out", a -> {
            a.nextBreak = null;
            a.nextSignOut = true;
        }, AgentStatus.RESERVED, AgentStatus.TALKING, AgentStatus.WRAP_UP);
    }

    /** Ends the agent's wrap-up and starts a break. @throws IllegalStateException unless in wrap-up */
    public void endWrapUp(AgentId agent, BreakReason thenBreak) {
        Require.nonNull(thenBreak, "thenBreak");
        command(agent, "end wrap-up", a -> wrapUps.finish(a, thenBreak, Optional.empty()),
                AgentStatus.WRAP_UP);
    }

    /** Runs {@code change} on {@code agent} under the lock if the agent is in one of {@code allowed}. */
    private void command(AgentId agent, String action, Consumer<AgentRecord> change, AgentStatus... allowed) {
        lock.locked(() -> {
            AgentRecord a = agent(agent);
            requireStatus(a, action, allowed);
            change.accept(a);
            return null;
        });
    }

    /**
     * Replaces the skills of {@code agent} (a supervisor moving them to another skill group), in any state: the queues
     * they serve, the staffed and available counts and the index of available agents follow at once, and an available
     * agent gets the best waiting call they can now serve. A call in hand stays theirs.
     *
     * @throws IllegalArgumentException if the agent is unknown or a skill is not configured
     * @since 0.4
     */
    public void changeSkills(AgentId agent, Map<SkillId, SkillLevel> skills) {
        Require.nonNull(skills, "skills");
        for (SkillId s : skills.keySet()) {
            DistributorConfig.requireKnown(config.skills(), s, "agent " + agent + " skills");
        }
        Map<SkillId, SkillLevel> frozen = Map.copyOf(skills);
        lock.locked(() -> {
            AgentRecord a = agent(agent);
            AgentStatus status = a.state.status();
            boolean isAvailable = status == AgentStatus.AVAILABLE;
            boolean staffed = status != AgentStatus.LOGGED_OUT && status != AgentStatus.ON_BREAK;
            // Out of the index under the old skills, back in under the new: the index is keyed by skill.
            if (isAvailable) {
                available.remove(a);
            }
            for (QueueState q : queues) {
                if (a.serves[q.index]) {
                    q.staffed -= staffed ? 1 : 0;
                    q.available -= isAvailable ? 1 : 0;
                }
            }
            a.skills = frozen;
            a.candidate = null;
            for (QueueState q : queues) {
                a.serves[q.index] = a.meets(q.config.requirements());
                if (a.serves[q.index]) {
                    q.staffed += staffed ? 1 : 0;
                    q.available += isAvailable ? 1 : 0;
                }
            }
            if (isAvailable) {
                available.add(a);
                matching.routeAgent(a);
            }
            return null;
        });
    }

    /**
     * Returns the skills {@code agent} has now (their profile's, or what {@link #changeSkills} gave them).
     *
     * @throws IllegalArgumentException if the agent is unknown
     * @since 0.4
     */
    public Map<SkillId, SkillLevel> skillsOf(AgentId agent) {
        return lock.locked(() -> agent(agent).skills);
    }

    /** Returns the agent's current state. @throws IllegalArgumentException if the agent is unknown */
    public AgentState agentState(AgentId agent) {
        return lock.locked(() -> agent(agent).state);
    }

    /** Returns the ids of all registered agents, in registration order. */
    public List<AgentId> agents() {
        return lock.locked(() -> List.copyOf(agents.keySet()));
    }

    // ------------------------------------------------------------------------------------------------- calls

    /**
     * Queues a call; if an agent can take it at once, reserves that agent and rings it.
     *
     * @return queued (with position and estimated wait) or refused (queue full)
     * @throws IllegalArgumentException if the queue is unknown, the call is already held, or a required skill
     *     is unknown
     */
    public Admission enqueue(QueuedCall request) {
        return intake.admit(request, null, null);
    }

    /**
     * Takes back a callback accepted before a restart (its caller's leg is long gone): it waits in its queue from
     * {@code requestedAt}, ahead of later calls of its priority, and when its turn comes (in service hours) an agent
     * is reserved and the citizen dialled at {@code number}, as for {@link #requestCallback}. No new event says it
     * was queued or requested: the records already hold it.
     *
     * @return queued, or refused (queue full)
     * @throws IllegalArgumentException as {@link #enqueue}
     */
    public Admission restoreCallback(QueuedCall request, PhoneNumber number, Instant requestedAt) {
        Require.nonNull(number, "number");
        Require.nonNull(requestedAt, "requestedAt");
        return intake.admit(request, CallIntake.CallbackTo.number(number), requestedAt);
    }

    /**
     * Queues a callback that a sealed line's caller consented to, as call {@code request}, a call of that line: it
     * waits in its queue from {@code requestedAt} and is offered only inside {@code window}; then an agent is
     * reserved and the call control dials {@code number}, which its SIP edge sealed ({@link
     * CallControl#dialOutSealed}). Failed attempts are retried per the queue's {@link CallbackPolicy} while the
     * window lasts; a callback that has not reached the caller when the window closes is given up. {@link
     * CallCentreEvent.CallbackScheduled} says it was queued, unless {@code restored} (taken back after a restart).
     *
     * @return queued, or refused (queue full or without callbacks, window over, or a call control that cannot dial
     *     sealed numbers)
     * @throws IllegalArgumentException as {@link #enqueue}
     * @since 0.4
     */
    public Admission scheduleCallback(QueuedCall request, SealedNumber number, CallbackWindow window,
                                      Instant requestedAt, boolean restored) {
        Require.nonNull(number, "number");
        Require.nonNull(window, "window");
        Require.nonNull(requestedAt, "requestedAt");
        if (!control.dialsSealedNumbers()) {
            return new Admission.Refused("call control '" + control.id() + "' cannot dial a sealed number");
        }
        if (!queue(request.queue()).config.callbacks().allowed()) {
            return new Admission.Refused("queue " + request.queue() + " does not offer callbacks");
        }
        if (window.isOverAt(time.now())) {
            return new Admission.Refused("the callback's window closed at " + window.until());
        }
        return intake.admit(request, CallIntake.CallbackTo.sealed(number, window, !restored), requestedAt);
    }

    /**
     * Turns a waiting call into a callback that keeps its place: when its turn comes an agent is reserved and
     * the citizen dialled at {@code number}, in service hours only.
     *
     * @return accepted with the place kept, or refused (policy forbids, call not waiting)
     */
    public CallbackAnswer requestCallback(CallId call, PhoneNumber number) {
        Require.nonNull(call, "call");
        Require.nonNull(number, "number");
        return lock.locked(() -> callbacks.request(call, calls.get(call), number));
    }

    /**
     * Sends the call that agent {@code by} is talking on to queue {@code target} (e.g. another topic's): the caller
     * stays on the line and waits there with the call's variables, ranked by their first arrival (see the README),
     * and {@code by} goes to wrap-up. {@link CallCentreEvent.CallTransferred} records it.
     *
     * @return transferred, or refused (target queue full, call side cannot release an agent's leg) with nothing changed
     * @throws IllegalArgumentException if the agent or queue is unknown
     * @throws IllegalStateException unless {@code by} is talking on {@code call}; nothing changes
     * @since 0.2
     */
    public TransferAnswer transferToQueue(CallId call, QueueId target, AgentId by) {
        Require.nonNull(call, "call");
        return lock.locked(() -> {
            AgentRecord a = agent(by);
            QueueState q = queue(target);
            return transfers.toQueue(talkingOn(a, call), a, q);
        });
    }

    /**
     * Sends the call that agent {@code by} is talking on to agent {@code target}, who is reserved and rung at once with
     * the queue's ring time-out; {@code by} goes to wrap-up. If {@code target} does not answer, the call goes back to
     * its queue at the place its arrival gives it (ahead of later calls of its priority), as any failed offer.
     *
     * @return transferred, or refused (target not available, call side cannot release an agent's leg) with nothing
     *     changed
     * @throws IllegalArgumentException if an agent is unknown or {@code target} is {@code by}
     * @throws IllegalStateException unless {@code by} is talking on {@code call}; nothing changes
     * @since 0.2
     */
    public TransferAnswer transferToAgent(CallId call, AgentId target, AgentId by) {
        Require.nonNull(call, "call");
        return lock.locked(() -> {
            AgentRecord a = agent(by);
            AgentRecord t = agent(target);
            Require.that(t != a, "agent " + by + " cannot transfer a call to themselves");
            return transfers.toAgent(talkingOn(a, call), a, t);
        });
    }

    /**
     * Puts the caller of the call agent {@code by} is talking on on hold: the agent stays talking, the two no longer
     * hear each other, and {@link CallCentreEvent.CallHeld} records it; a {@link CallCentreEvent.HoldEnded} follows
     * when the agent takes the caller back ({@link #takeBack}) or the conversation ends.
     *
     * @return false, with nothing changed, when the call side cannot hold calls
     * @throws IllegalArgumentException if the agent is unknown
     * @throws IllegalStateException unless {@code by} is talking on {@code call} and the caller is not already held
     * @since 0.3
     */
    public boolean hold(CallId call, AgentId by) {
        Require.nonNull(call, "call");
        return lock.locked(() -> holds.hold(talkingOn(agent(by), call, "hold a call")));
    }

    /**
     * Takes the caller agent {@code by} holds on {@code call} back: the two hear each other again.
     *
     * @throws IllegalArgumentException if the agent is unknown
     * @throws IllegalStateException unless {@code by} is talking on {@code call} and holds it
     * @since 0.3
     */
    public void takeBack(CallId call, AgentId by) {
        Require.nonNull(call, "call");
        lock.locked(() -> {
            holds.takeBack(talkingOn(agent(by), call, "take back a held call"));
            return null;
        });
    }

    /**
     * Ends the call agent {@code by} is talking on, from the agent's side (their desktop's hang-up): the conversation
     * ends as when their phone hangs up ("agent hung up"), the agent goes to wrap-up, and the call side hangs up
     * every leg.
     *
     * @throws IllegalArgumentException if the agent is unknown
     * @throws IllegalStateException unless {@code by} is talking on {@code call}; nothing changes
     * @since 0.3
     */
    public void hangUp(CallId call, AgentId by) {
        Require.nonNull(call, "call");
        lock.locked(() -> {
            wrapUps.endConversation(talkingOn(agent(by), call, "hang up a call"), EndReason.AGENT_HUNG_UP,
                    "agent hung up");
            lock.effect(() -> control.hangUp(call, HangUpReason.NORMAL));
            return null;
        });
    }

    /**
     * Marks {@code call} urgent (its caller keyed a duress code): a waiting call goes to the head of its queue, before
     * every call any of its agents could take, and is offered at once to a free agent; a call ringing an agent or
     * connected keeps its agent and stays urgent if it is transferred.
     *
     * @return false, with nothing changed, when the distributor does not hold the call (yet, or any more)
     * @since 0.4
     */
    public boolean markUrgent(CallId call) {
        Require.nonNull(call, "call");
        return lock.locked(() -> {
            CallEntry e = calls.get(call);
            if (e == null || e.state == CallEntry.State.ENDED) {
                return false;
            }
            boolean waiting = e.state == CallEntry.State.WAITING && e.lane != null;
            if (waiting) {
                e.queue.removeWaiting(e); // its rank keys change: out of the lane's ordered set first
            }
            e.markUrgent();
            if (waiting) {
                e.queue.addWaiting(e);
                tryRouteCall(e);
            }
            return true;
        });
    }

    /** Returns since when {@code agent}'s caller has been on hold; empty when the agent holds no call. */
    public Optional<Instant> heldSince(AgentId agent) {
        return lock.locked(() -> {
            AgentRecord a = agent(agent);
            return Optional.ofNullable(a.call).map(e -> e.heldSince);
        });
    }

    private static CallEntry talkingOn(AgentRecord a, CallId call) {
        return talkingOn(a, call, "transfer a call");
    }

    private static CallEntry talkingOn(AgentRecord a, CallId call, String action) {
        requireStatus(a, action, AgentStatus.TALKING);
        if (a.call == null || !a.call.call.id().equals(call)) {
            throw new IllegalStateException("agent " + a.id + " is not talking on call " + call);
        }
        return a.call;
    }

    /** Returns the call's position in its queue (1 = next), if it is waiting. */
    public Optional<Integer> positionOf(CallId call) {
        Require.nonNull(call, "call");
        return lock.locked(() -> {
            CallEntry e = calls.get(call);
            return e == null || e.state != CallEntry.State.WAITING ? Optional.empty()
                    : Optional.of(e.queue.positionOf(e));
        });
    }

    /** Returns the priority of {@code queue}'s calls when their flow gives none (its configured priority). */
    public Priority priorityOf(QueueId queue) {
        return queue(queue).config.priority(); // configuration is immutable: no lock needed
    }

    /** Returns the estimated position and wait for a new caller of {@code priority} in {@code queue}. */
    public WaitEstimate estimateFor(QueueId queue, Priority priority) {
        Require.nonNull(priority, "priority");
        return lock.locked(() -> QueueStatistics.estimate(queue(queue), priority));
    }

    /** Returns the estimate recorded for a held call when it was queued. */
    public Optional<Duration> predictedWaitOf(CallId call) {
        return lock.locked(() -> Optional.ofNullable(calls.get(call)).map(e -> e.predicted));
    }

    // ----------------------------------------------------------------------------------------------- signals

    @Override
    public void onSignal(CallSignal signal) {
        handle(signal);
    }

    /**
     * Applies a signal from the call side.
     *
     * @return whether it changed anything; IVR signals (digits, prompts, timers) are {@link SignalResult#NOT_MINE}
     */
    public SignalResult handle(CallSignal signal) {
        Require.nonNull(signal, "signal");
        return lock.locked(() -> {
            CallEntry e = calls.get(signal.call());
            if (e == null) {
                return SignalResult.NOT_MINE;
            }
            return signals.apply(e, signal);
        });
    }

    // ---------------------------------------------------------------------------------------------- routing

    /** Offers waiting call {@code e} to the agent its queue's strategy picks, if any can take it now. */
    void tryRouteCall(CallEntry e) {
        matching.routeCall(e);
    }

    // ------------------------------------------------------------------------------------------------ ending

    /** Ends waiting or offered call {@code e}, whose caller hung up: an abandon, counted unless it was a callback. */
    void abandon(CallEntry e) {
        Instant now = time.now();
        Duration waited = Duration.between(e.waitFrom, now);
        QueueState q = e.queue;
        if (!e.callback && !e.answeredBefore) {
            QueueStatistics.abandoned(q, waited);
        }
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.CallAbandoned(now, e.call.id(), q.config.id(), waited));
        }
        end(e, EndReason.CALLER_HUNG_UP, "caller hung up");
    }

    /** Forgets call {@code e}: its timers are cancelled and it is no longer held. */
    void end(CallEntry e, EndReason kind, String reason) {
        Widening.cancel(e);
        if (e.parkTimer != null) {
            e.parkTimer.cancel();
        }
        if (e.windowTimer != null) {
            e.windowTimer.cancel();
        }
        e.state = CallEntry.State.ENDED;
        calls.remove(e.call.id());
        if (lock.observed()) {
            lock.emit(new CallCentreEvent.CallEnded(time.now(), e.call.id(), reason, kind));
        }
    }

    // ----------------------------------------------------------------------------------------- agent states

    /** Makes {@code a} available and gives it the best waiting call it can serve, if any. */
    void becomeAvailable(AgentRecord a) {
        moves.becomeAvailable(a);
    }

    /** Moves {@code a} to state {@code to} (see {@link AgentMoves#move}). */
    void move(AgentRecord a, AgentState to) {
        moves.move(a, to);
    }

    private static void requireStatus(AgentRecord a, String action, AgentStatus... allowed) {
        AgentStatus s = a.state.status();
        for (AgentStatus ok : allowed) {
            if (s == ok) {
                return;
            }
        }
        throw new IllegalStateException("agent " + a.id + " cannot " + action + " while " + s
                + (a.call != null ? " (call " + a.call.call.id() + ")" : "") + "; allowed from "
                + java.util.Arrays.toString(allowed));
    }

    // ------------------------------------------------------------------------------------------ statistics

    /** Returns live statistics per queue and in total. */
    public StatisticsSnapshot statistics() {
        return lock.locked(() -> {
            Instant now = time.now();
            return QueueStatistics.snapshot(queues, agents.values(), now, time.micros(now));
        });
    }

    /**
     * Publishes {@link #statistics()} to the statistics listeners every {@code interval}, on the scheduler.
     *
     * @return a handle that stops the publishing
     */
    public Cancellable publishStatisticsEvery(Duration interval) {
        Require.nonNull(interval, "interval");
        Require.that(!interval.isNegative() && !interval.isZero(), "interval must be more than zero, but was "
                + interval);
        return publisher.every(interval);
    }

    /** Adds a listener for call-centre events. */
    public void addListener(CallCentreListener listener) {
        lock.addListener(Require.nonNull(listener, "listener"));
    }

    /** Adds a listener for periodic statistics (see {@link #publishStatisticsEvery}). */
    public void addStatisticsListener(StatisticsListener listener) {
        publisher.addListener(Require.nonNull(listener, "listener"));
    }

    /** Returns the number of calls the distributor holds: waiting, ringing, connected or parked callbacks. */
    public int heldCalls() {
        return lock.locked(calls::size);
    }

    /**
     * Checks the internal invariants and returns every violation found (empty when consistent). For tests,
     * the simulator and health checks; O(agents x lanes + calls).
     */
    public List<String> checkInvariants() {
        return lock.locked(() -> InvariantCheck.run(agents.values(), calls, queues, available));
    }

    // --------------------------------------------------------------------------------------------- helpers

    private AgentRecord agent(AgentId id) {
        Require.nonNull(id, "agent");
        AgentRecord a = agents.get(id);
        if (a == null) {
            throw new IllegalArgumentException("unknown agent '" + id + "'");
        }
        return a;
    }

    private QueueState queue(QueueId id) {
        Require.nonNull(id, "queue");
        QueueState q = queuesById.get(id);
        if (q == null) {
            throw new IllegalArgumentException("unknown queue '" + id + "'; known: " + queuesById.keySet());
        }
        return q;
    }

    /** Builds a {@link CallDistributor}; not thread-safe. */
    public static final class Builder {
        private DistributorConfig config;
        private Clock clock = Clock.systemUTC();
        private Scheduler scheduler;
        private CallControl control;
        private ServiceSchedule schedule;
        private final List<CallCentreListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** Sets the configuration (required). */
        public Builder config(DistributorConfig value) {
            this.config = value;
            return this;
        }

        /** Sets the clock (default: system UTC). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Sets the scheduler for time-outs (required). */
        public Builder scheduler(Scheduler value) {
            this.scheduler = value;
            return this;
        }

        /** Sets the call side (required). */
        public Builder callControl(CallControl value) {
            this.control = value;
            return this;
        }

        /** Sets the service schedule callbacks respect (optional: without it, callbacks are always allowed). */
        public Builder serviceSchedule(ServiceSchedule value) {
            this.schedule = value;
            return this;
        }

        /** Adds an event listener. */
        public Builder listener(CallCentreListener value) {
            listeners.add(Require.nonNull(value, "listener"));
            return this;
        }

        /**
         * Returns the distributor.
         *
         * @throws NullPointerException naming the missing part
         * @throws IllegalArgumentException if a queue names a schedule the service schedule does not know
         */
        public CallDistributor build() {
            return new CallDistributor(this);
        }
    }
}
