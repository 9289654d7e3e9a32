package org.govcc.routing.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.IgnoringCallControl;
import org.govcc.api.control.RingFailure;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.internal.Require;
import org.govcc.routing.Admission;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.DistributorConfig;
import org.govcc.routing.ManualClock;
import org.govcc.routing.ManualScheduler;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.QueuedCall;
import org.govcc.routing.SignalResult;

/**
 * A discrete-event simulator that drives the real {@link CallDistributor} through its public API, with a
 * {@link ManualClock}, a {@link ManualScheduler} as the event list, and a simulated call side: callers arrive
 * by the profile, give up after their patience, agents pick up after the ring delay, talk, hang up and end
 * their wrap-up, take breaks and leave at the end of their shifts.
 *
 * <p>Not thread-safe: one run at a time per instance (instances are cheap). Deterministic for a given seed.
 *
 * @since 0.1
 */
public final class Simulator {

    private static final BreakReason SHIFT_END = new BreakReason("shift-end");

    private final Scenario scenario;
    private final SplittableRandom random;
    private final ManualClock clock;
    private final ManualScheduler scheduler;
    private final CallDistributor distributor;
    private final Map<CallId, SimCall> calls = new HashMap<>();
    private final Map<AgentId, SimAgent> agents = new HashMap<>();
    private final Instant measureFrom;
    private final Instant arrivalsEnd;
    private final double[] cumulativeShare;
    private final QuarterHours quarters;
    private final CallCentreListener observer;
    private long events;
    private long nextCall;

    private Simulator(Scenario scenario, CallCentreListener observer) {
        this.scenario = scenario;
        this.observer = observer;
        this.random = new SplittableRandom(scenario.seed());
        this.clock = new ManualClock(scenario.start());
        this.scheduler = new ManualScheduler(clock);
        List<QueueConfig> queues = new ArrayList<>();
        cumulativeShare = new double[scenario.mix().size()];
        double sum = 0;
        for (int i = 0; i < scenario.mix().size(); i++) {
            queues.add(scenario.mix().get(i).queue());
            sum += scenario.mix().get(i).share();
            cumulativeShare[i] = sum;
        }
        for (int i = 0; i < cumulativeShare.length; i++) {
            cumulativeShare[i] /= sum;
        }
        this.quarters = new QuarterHours(scenario.start(), queues);
        this.distributor = CallDistributor.builder().config(DistributorConfig.of(scenario.skills(), queues))
                .clock(clock).scheduler(scheduler).callControl(new SimulatedCallSide())
                .listener(new Recorder()).build();
        this.measureFrom = scenario.start().plus(scenario.warmUp());
        this.arrivalsEnd = scenario.start().plus(scenario.arrivalPeriod());
    }

    /** Runs {@code scenario} to the end (arrivals stop at the end of the profile; the queue is then drained). */
    public static SimulationReport run(Scenario scenario) {
        return run(scenario, new CallCentreListener() { });
    }

    /**
     * Runs {@code scenario} like {@link #run(Scenario)}, giving {@code observer} every event the distributor emits,
     * in order, on the caller's thread: e.g. to write the day's call records as a line's recorder would.
     *
     * @since 0.2
     */
    public static SimulationReport run(Scenario scenario, CallCentreListener observer) {
        Require.nonNull(scenario, "scenario");
        Require.nonNull(observer, "observer");
        return new Simulator(scenario, observer).execute();
    }

    private SimulationReport execute() {
        long wallStart = System.nanoTime();
        for (Shift shift : scenario.shifts()) {
            AgentId id = new AgentId(shift.agent());
            SimAgent agent = agents.get(id);
            if (agent == null) {
                distributor.addAgent(new AgentProfile(id, shift.agent(), new OrganisationId("sim"), shift.skills()));
                agent = new SimAgent(id);
                agents.put(id, agent);
            }
            SimAgent a = agent;
            scheduler.scheduleAt(scenario.start().plus(shift.start()), () -> shiftStarts(a));
            scheduler.scheduleAt(scenario.start().plus(shift.end()), () -> shiftEnds(a));
            for (Shift.Break b : shift.breaks()) {
                scheduler.scheduleAt(scenario.start().plus(b.at()), () -> breakDue(a, b));
            }
        }
        scheduleNextArrival(scenario.start());
        scheduler.runUntil(arrivalsEnd);
        // drain: no new arrivals; let every held call finish (bounded)
        Instant limit = arrivalsEnd.plus(Duration.ofHours(6));
        while (distributor.heldCalls() > 0 && scheduler.runNext(limit)) {
            // keep going
        }
        List<String> problems = distributor.checkInvariants();
        return new Outcomes(scenario, measureFrom, arrivalsEnd).report(calls.values(),
                distributor.statistics().occupancy(), problems, (System.nanoTime() - wallStart) / 1_000_000, events,
                quarters, clock.instant());
    }

    // ---------------------------------------------------------------------------------------------- arrivals

    private void scheduleNextArrival(Instant from) {
        Instant t = from;
        while (t.isBefore(arrivalsEnd)) {
            int interval = intervalOf(t);
            double calls = scenario.arrivals().calls().get(interval);
            Instant intervalEnd = scenario.start().plus(scenario.arrivals().interval().multipliedBy(interval + 1));
            if (calls <= 0) {
                t = intervalEnd;
                continue;
            }
            double rate = calls / scenario.arrivals().interval().toSeconds();
            double gap = -Math.log(1 - random.nextDouble()) / rate;
            Instant next = t.plusNanos((long) (gap * 1e9));
            if (next.isBefore(intervalEnd)) {
                scheduler.scheduleAt(next, this::arrive);
                return;
            }
            t = intervalEnd; // memoryless: start afresh at the next interval's rate
        }
    }

    private int intervalOf(Instant t) {
        long offset = Duration.between(scenario.start(), t).toSeconds();
        return (int) Math.min(scenario.arrivals().calls().size() - 1,
                offset / scenario.arrivals().interval().toSeconds());
    }

    private void arrive() {
        Instant now = clock.instant();
        CallId id = new CallId("sim-" + (nextCall++));
        CallMix mix = pickQueue();
        SimCall call = new SimCall(id, mix.queue().id().value(), now, intervalOf(now));
        calls.put(id, call);
        Admission admission = distributor.enqueue(new QueuedCall(
                Call.inbound(id, new LineId("sim"), CallerId.of(new PhoneNumber("+302100000000")), Language.GREEK,
                        now),
                mix.queue().id(), mix.priority(), List.of(), CallVariables.empty()));
        if (admission instanceof Admission.Queued) {
            call.predicted = ((Admission.Queued) admission).estimatedWait().toMillis() / 1000.0;
            scenario.patience().ifPresent(p -> {
                double patience = p.sample(random);
                call.patience = scheduler.schedule(seconds(patience), () -> {
                    if (!call.answered) {
                        distributor.handle(new CallSignal.CallerHungUp(id, clock.instant()));
                    }
                });
            });
        } else {
            call.refused = true;
        }
        quarters.arrived(call.queue, now, call.refused);
        scheduleNextArrival(now);
    }

    private CallMix pickQueue() {
        double u = random.nextDouble();
        for (int i = 0; i < cumulativeShare.length; i++) {
            if (u < cumulativeShare[i]) {
                return scenario.mix().get(i);
            }
        }
        return scenario.mix().get(cumulativeShare.length - 1);
    }

    // ------------------------------------------------------------------------------------------------ agents

    private void shiftStarts(SimAgent a) {
        a.pendingLogout = false;
        if (distributor.agentState(a.id).status() == AgentStatus.LOGGED_OUT) {
            distributor.logIn(a.id);
        }
    }

    private void shiftEnds(SimAgent a) {
        AgentStatus s = distributor.agentState(a.id).status();
        if (s == AgentStatus.AVAILABLE || s == AgentStatus.ON_BREAK) {
            distributor.logOut(a.id);
        } else if (s != AgentStatus.LOGGED_OUT) {
            a.pendingLogout = true;
        }
    }

    private void breakDue(SimAgent a, Shift.Break b) {
        AgentStatus s = distributor.agentState(a.id).status();
        if (s == AgentStatus.AVAILABLE) {
            takeBreak(a, b, false);
        } else if (s != AgentStatus.LOGGED_OUT && s != AgentStatus.ON_BREAK) {
            a.pendingBreak = b;
        }
    }

    private void takeBreak(SimAgent a, Shift.Break b, boolean fromWrapUp) {
        if (fromWrapUp) {
            distributor.endWrapUp(a.id, b.reason());
        } else {
            distributor.startBreak(a.id, b.reason());
        }
        scheduler.schedule(b.length(), () -> {
            if (distributor.agentState(a.id).status() == AgentStatus.ON_BREAK) {
                distributor.endBreak(a.id);
            }
        });
    }

    private void wrapUpDone(SimAgent a) {
        if (distributor.agentState(a.id).status() != AgentStatus.WRAP_UP) {
            return; // the queue's own limit ended it first
        }
        if (a.pendingLogout) {
            a.pendingLogout = false;
            distributor.endWrapUp(a.id, SHIFT_END);
            distributor.logOut(a.id);
        } else if (a.pendingBreak != null) {
            Shift.Break b = a.pendingBreak;
            a.pendingBreak = null;
            takeBreak(a, b, true);
        } else {
            distributor.endWrapUp(a.id);
        }
    }

    // ------------------------------------------------------------------------------------------- call side

    private final class SimulatedCallSide extends IgnoringCallControl {
        SimulatedCallSide() {
            super("simulator");
        }

        @Override
        public void connectToAgent(CallId call, AgentId agent, CallVariables variables, Duration ringTimeout) {
            if (random.nextDouble() < scenario.noAnswerProbability()) {
                scheduler.schedule(ringTimeout, () -> {
                    if (distributor.handle(new CallSignal.AgentUnreachable(call, agent, "no answer",
                            clock.instant(), RingFailure.NO_ANSWER)) == SignalResult.APPLIED) {
                        scheduler.schedule(Duration.ofSeconds(30), () -> {
                            if (distributor.agentState(agent).status() == AgentStatus.ON_BREAK) {
                                distributor.endBreak(agent);
                            }
                        });
                    }
                });
                return;
            }
            double ring = scenario.ringDelay().sample(random);
            scheduler.schedule(seconds(ring), () -> answer(call, agent));
        }

        @Override
        public void dialOut(CallId call, PhoneNumber number, Duration ringTimeout) {
            scheduler.schedule(Duration.ofSeconds(5),
                    () -> distributor.handle(new CallSignal.CitizenAnswered(call, clock.instant())));
        }
    }

    private void answer(CallId id, AgentId agent) {
        SimCall call = calls.get(id);
        if (distributor.handle(new CallSignal.AgentAnswered(id, agent, clock.instant())) != SignalResult.APPLIED) {
            return; // the caller gave up while the phone rang
        }
        call.answered = true;
        if (call.patience != null) {
            call.patience.cancel();
        }
        double[] handle = scenario.handle().sample(random);
        call.handleSeconds = handle[0] + handle[1];
        SimAgent a = agents.get(agent);
        scheduler.schedule(seconds(handle[0]), () -> {
            distributor.handle(new CallSignal.AgentHungUp(id, agent, clock.instant()));
            quarters.talked(call.queue, call.arrived, seconds(handle[0]));
            scheduler.schedule(seconds(handle[1]), () -> wrapUpDone(a));
        });
    }

    // ------------------------------------------------------------------------------------------- measuring

    private final class Recorder implements CallCentreListener {
        @Override
        public void onEvent(CallCentreEvent event) {
            events++;
            if (event instanceof CallCentreEvent.CallConnected) {
                CallCentreEvent.CallConnected c = (CallCentreEvent.CallConnected) event;
                SimCall call = calls.get(c.call());
                call.waited = c.waited().toNanos() / 1e9;
                call.outcome = SimCall.Outcome.ANSWERED;
                quarters.answered(call.queue, call.arrived, c.waited());
            } else if (event instanceof CallCentreEvent.CallAbandoned) {
                CallCentreEvent.CallAbandoned c = (CallCentreEvent.CallAbandoned) event;
                SimCall call = calls.get(c.call());
                call.waited = c.waited().toNanos() / 1e9;
                call.outcome = SimCall.Outcome.ABANDONED;
                quarters.abandoned(call.queue, call.arrived, c.waited());
            } else if (event instanceof CallCentreEvent.WrapUpEnded) {
                CallCentreEvent.WrapUpEnded w = (CallCentreEvent.WrapUpEnded) event;
                SimCall call = calls.get(w.call());
                quarters.wrappedUp(call.queue, call.arrived, w.duration());
            } else if (event instanceof CallCentreEvent.AgentStateChanged) {
                CallCentreEvent.AgentStateChanged a = (CallCentreEvent.AgentStateChanged) event;
                quarters.agentState(a.agent(), a.to().status(), a.at());
            }
            observer.onEvent(event);
        }
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos((long) (Math.max(0, s) * 1e9));
    }

    private static final class SimAgent {
        final AgentId id;
        boolean pendingLogout;
        Shift.Break pendingBreak;

        SimAgent(AgentId id) {
            this.id = id;
        }
    }
}
