package org.govcc.sip.line;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.EndReason;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TopicId;
import org.govcc.ivr.IvrInterpreter;
import org.govcc.ivr.IvrListener;
import org.govcc.routing.Admission;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.QueuedCall;
import org.govcc.sip.CallHandler;
import org.govcc.sip.LineCallControl;
import org.govcc.sip.registrar.RegistrationListener;

/**
 * Binds the engines to real calls: each answered call runs its line's IVR flow; a flow that ends in a queue step
 * hands the call to the distributor; while it waits the caller hears its position and expected wait every
 * {@code comfortInterval}; the distributor offers it to agents through the same call control. Registered phones
 * log their agents in, unregistered or expired ones log them out.
 *
 * <p>It also reports each call's life to the line's listener, so that every call leaves a record, not only the
 * calls that reach a queue: {@code CallArrived} when a call starts (anonymised on a line whose
 * {@link ConfidentialityPolicy} keeps no caller number), {@code CallRejected} when the line refuses one at the door,
 * and {@code CallEnded} when a call ends before the distributor took it (in the IVR, transferred, not admitted to
 * a queue). The distributor reports the end of the calls it holds.
 *
 * <p>Comfort prompts use the recorded prompts {@value #POSITION_PROMPT} ("your position in the queue is") and
 * {@value #WAIT_PROMPT} ("the expected waiting time is") followed by the spoken ordinal and duration; a caller their
 * agent holds hears {@value #HOLD_PROMPT} ("please hold") at once and every {@code comfortInterval}. A line's prompt
 * catalogue must hold all three in every language it serves. Thread-safe; signals come on one thread.
 *
 * @since 0.1
 */
public final class EngineCallHandler implements CallHandler, RegistrationListener {

    /** The recorded prompt that introduces a waiting caller's position. */
    public static final String POSITION_PROMPT = "queue.position-is";
    /** The recorded prompt that introduces a waiting caller's expected wait. */
    public static final String WAIT_PROMPT = "queue.expected-wait";
    /** The recorded prompt a caller on hold hears. */
    public static final String HOLD_PROMPT = "hold.please-hold";

    private static final Logger LOG = Logger.getLogger(EngineCallHandler.class.getName());

    private final LineCallControl control;
    private final IvrInterpreter ivr;
    private final CallDistributor distributor;
    private final Function<LineId, FlowId> flows;
    private final Function<TopicId, QueueId> queues;
    private final Duration comfortInterval;
    private final java.time.Clock clock;
    private final CallCentreListener events;
    private final Function<LineId, ConfidentialityPolicy> policies;
    private final PhoneRegistrations phones;
    private final Map<CallId, Call> waiting = new ConcurrentHashMap<>();
    /** Calls connected to an agent: kept so that a call its agent transfers can wait (and hear comfort) again. */
    private final Map<CallId, Call> connected = new ConcurrentHashMap<>();
    /** Calls whose agent holds the caller: they hear the hold prompt until taken back. */
    private final Set<CallId> held = ConcurrentHashMap.newKeySet();

    /**
     * Creates the binding on the system clock (UTC).
     *
     * @param control the line's call control (the IVR and the distributor must have been built with it too)
     * @param ivr the interpreter
     * @param distributor the distributor
     * @param flows which flow runs on which line
     * @param queues which queue serves which topic
     * @param comfortInterval how often a waiting caller hears position and expected wait
     */
    public EngineCallHandler(LineCallControl control, IvrInterpreter ivr, CallDistributor distributor,
                             Function<LineId, FlowId> flows, Function<TopicId, QueueId> queues,
                             Duration comfortInterval) {
        this(control, ivr, distributor, flows, queues, comfortInterval, java.time.Clock.systemUTC());
    }

    /**
     * Creates the binding.
     *
     * @param control the line's call control (the IVR and the distributor must have been built with it too)
     * @param ivr the interpreter
     * @param distributor the distributor
     * @param flows which flow runs on which line
     * @param queues which queue serves which topic
     * @param comfortInterval how often a waiting caller hears position and expected wait
     * @param clock the clock for the signals this binding makes up
     */
    public EngineCallHandler(LineCallControl control, IvrInterpreter ivr, CallDistributor distributor,
                             Function<LineId, FlowId> flows, Function<TopicId, QueueId> queues,
                             Duration comfortInterval, java.time.Clock clock) {
        this(control, ivr, distributor, flows, queues, comfortInterval, clock, new CallCentreListener() { },
                line -> ConfidentialityPolicy.standard());
    }

    /**
     * Creates the binding, reporting every call's arrival, refusal and end to {@code events}.
     *
     * @param control the line's call control (the IVR and the distributor must have been built with it too)
     * @param ivr the interpreter
     * @param distributor the distributor
     * @param flows which flow runs on which line
     * @param queues which queue serves which topic
     * @param comfortInterval how often a waiting caller hears position and expected wait
     * @param clock the clock for the signals and events this binding makes up
     * @param events told of calls arriving, refused and ending outside the distributor; must not block
     * @param policies each line's confidentiality policy (whether a caller's number may be kept)
     */
    public EngineCallHandler(LineCallControl control, IvrInterpreter ivr, CallDistributor distributor,
                             Function<LineId, FlowId> flows, Function<TopicId, QueueId> queues,
                             Duration comfortInterval, java.time.Clock clock, CallCentreListener events,
                             Function<LineId, ConfidentialityPolicy> policies) {
        this(control, ivr, distributor, flows, queues, comfortInterval, clock, events, policies,
                PhoneSignIn.ON_REGISTER);
    }

    /**
     * Creates the binding, with what a phone's registration means to the distributor.
     *
     * @param control the line's call control (the IVR and the distributor must have been built with it too)
     * @param ivr the interpreter
     * @param distributor the distributor
     * @param flows which flow runs on which line
     * @param queues which queue serves which topic
     * @param comfortInterval how often a waiting caller hears position and expected wait
     * @param clock the clock for the signals and events this binding makes up
     * @param events told of calls arriving, refused and ending outside the distributor; must not block
     * @param policies each line's confidentiality policy (whether a caller's number may be kept)
     * @param signIn whether a registration signs its agent in or only makes the phone reachable
     */
    public EngineCallHandler(LineCallControl control, IvrInterpreter ivr, CallDistributor distributor,
                             Function<LineId, FlowId> flows, Function<TopicId, QueueId> queues,
                             Duration comfortInterval, java.time.Clock clock, CallCentreListener events,
                             Function<LineId, ConfidentialityPolicy> policies, PhoneSignIn signIn) {
        this.control = Require.nonNull(control, "control");
        this.ivr = Require.nonNull(ivr, "ivr");
        this.distributor = Require.nonNull(distributor, "distributor");
        this.phones = new PhoneRegistrations(distributor, signIn);
        this.flows = Require.nonNull(flows, "flows");
        this.queues = Require.nonNull(queues, "queues");
        this.comfortInterval = Require.nonNull(comfortInterval, "comfortInterval");
        this.clock = Require.nonNull(clock, "clock");
        this.events = Require.nonNull(events, "events");
        this.policies = Require.nonNull(policies, "policies");
        distributor.addListener(new CallCentreListener() {
            @Override
            public void onEvent(CallCentreEvent event) {
                if (event instanceof CallCentreEvent.CallTransferred) {
                    transferred(((CallCentreEvent.CallTransferred) event).call());
                } else if (event instanceof CallCentreEvent.CallHeld) {
                    // Delivered before the call side unbridges the caller; the prompt starts once it has.
                    CallId id = ((CallCentreEvent.CallHeld) event).call();
                    held.add(id);
                    onHold(id);
                } else if (event instanceof CallCentreEvent.HoldEnded) {
                    CallId id = ((CallCentreEvent.HoldEnded) event).call();
                    if (held.remove(id)) {
                        control.disarmTimer(id);
                    }
                }
            }
        });
    }

    /** An agent sent the call on: the caller waits again (for the next agent or back in a queue) and hears comfort. */
    private void transferred(CallId id) {
        Call call = connected.remove(id);
        if (call != null) {
            waiting.put(id, call);
            control.armTimer(id, comfortInterval);
        }
    }

    /** Returns the number of calls waiting in a queue. */
    public int waitingCalls() {
        return waiting.size();
    }

    @Override
    public void callStarted(Call call) {
        ConfidentialityPolicy policy = policies.apply(call.line());
        boolean keepNumber = policy != null && policy.keepCallerNumber(); // no policy known: keep nothing
        report(new CallCentreEvent.CallArrived(clock.instant(), keepNumber ? call : call.anonymised()));
        Call[] current = {call};
        try {
            ivr.startWith(call, flows.apply(call.line()), control, new IvrListener() {
                @Override
                public void onExit(IvrOutcome outcome) {
                    leftIvr(current[0], outcome);
                }

                @Override
                public void onLanguageChanged(Language language) {
                    current[0] = current[0].withLanguage(language);
                    control.setLanguage(call.id(), language);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "IVR could not start for " + call.id() + " on line " + call.line(), e);
            control.hangUp(call.id(), HangUpReason.FAILURE);
            ended(call.id(), EndReason.LINE_FAILED, "the IVR could not start");
        }
    }

    @Override
    public void callRejected(CallId call, String reason) {
        report(new CallCentreEvent.CallRejected(clock.instant(), call, reason));
    }

    private void leftIvr(Call call, IvrOutcome outcome) {
        if (outcome instanceof IvrOutcome.Queue) {
            IvrOutcome.Queue q = (IvrOutcome.Queue) outcome;
            Admission admission;
            try {
                QueueId queue = queues.apply(q.topic());
                admission = distributor.enqueue(new QueuedCall(call, queue,
                        q.priority().orElseGet(() -> distributor.priorityOf(queue)), List.of(), q.variables()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "distributor refused " + call.id() + " with an error", e);
                control.hangUp(call.id(), HangUpReason.FAILURE);
                ended(call.id(), EndReason.LINE_FAILED, "the distributor failed");
                return;
            }
            if (admission instanceof Admission.Refused) {
                LOG.info(() -> call.id() + " not queued: " + ((Admission.Refused) admission).reason());
                control.hangUp(call.id(), HangUpReason.OVERLOAD);
                ended(call.id(), EndReason.NOT_QUEUED, "not queued: " + ((Admission.Refused) admission).reason());
                return;
            }
            waiting.put(call.id(), call);
            if (!((Admission.Queued) admission).offeredAtOnce()) {
                control.armTimer(call.id(), comfortInterval);
            }
        } else if (outcome instanceof IvrOutcome.Callback) {
            callbackRequested(call, (IvrOutcome.Callback) outcome);
        } else if (outcome instanceof IvrOutcome.Ended) {
            // Here and below the IVR has already acted on the call (or heard the caller go): only the record is left.
            ended(call.id(), EndReason.ENDED_BY_IVR, "ended by the IVR: " + ((IvrOutcome.Ended) outcome).reason());
        } else if (outcome instanceof IvrOutcome.Transferred) {
            ended(call.id(), EndReason.TRANSFERRED_OUT, "transferred to "
                    + ((IvrOutcome.Transferred) outcome).number().digits());
        } else if (outcome instanceof IvrOutcome.CallerHungUp) {
            ended(call.id(), EndReason.CALLER_HUNG_UP, "caller hung up in the IVR");
        }
    }

    /**
     * The caller asked to be called back: the call joins its topic's queue, is marked for callback, and the
     * caller's leg ends; the distributor dials the citizen (then rings the reserved agent) when its turn comes.
     * If an agent is free at once, the caller is simply connected instead.
     */
    private void callbackRequested(Call call, IvrOutcome.Callback cb) {
        Optional<org.govcc.api.call.PhoneNumber> number = cb.number().or(() -> call.caller().number());
        if (number.isEmpty()) {
            control.hangUp(call.id(), HangUpReason.NORMAL);
            ended(call.id(), EndReason.CALLBACK_UNAVAILABLE, "callback asked without a number to call");
            return;
        }
        try {
            QueueId queue = queues.apply(cb.topic());
            Admission admission = distributor.enqueue(new QueuedCall(call, queue, distributor.priorityOf(queue),
                    List.of(), cb.variables()));
            if (admission instanceof Admission.Queued && ((Admission.Queued) admission).offeredAtOnce()) {
                // An agent is free right now: better than a callback, the caller stays on the line.
                waiting.put(call.id(), call);
                return;
            }
            if (admission instanceof Admission.Refused) {
                ended(call.id(), EndReason.CALLBACK_UNAVAILABLE, "not queued for a callback: "
                        + ((Admission.Refused) admission).reason());
            } else {
                var answer = distributor.requestCallback(call.id(), number.get());
                if (answer instanceof org.govcc.routing.CallbackAnswer.Refused) {
                    LOG.info(() -> "callback refused for " + call.id() + ": " + answer);
                    distributor.onSignal(new CallSignal.CallerHungUp(call.id(), clock.instant()));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "callback request failed for " + call.id(), e);
        }
        control.hangUp(call.id(), HangUpReason.NORMAL);
    }

    @Override
    public void onSignal(CallSignal signal) {
        CallId id = signal.call();
        if (ivr.session(id).isPresent()) {
            ivr.onSignal(signal);
            return;
        }
        if (signal instanceof CallSignal.TimerFired && waiting.containsKey(id)) {
            comfort(id);
            return;
        }
        if (signal instanceof CallSignal.TimerFired && held.contains(id)) {
            onHold(id);
            return;
        }
        if (signal instanceof CallSignal.AgentAnswered || signal instanceof CallSignal.CallerHungUp
                || signal instanceof CallSignal.AgentHungUp) {
            Call call = waiting.remove(id);
            connected.remove(id);
            if (call != null && signal instanceof CallSignal.AgentAnswered) {
                connected.put(id, call);
                control.disarmTimer(id);
            }
        }
        try {
            distributor.onSignal(signal);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "distributor failed on " + signal, e);
        }
    }

    /** Tells a held caller they are still on the line, and again after {@code comfortInterval}. */
    private void onHold(CallId id) {
        control.play(id, List.of(Announcement.prompt(HOLD_PROMPT)), false);
        control.armTimer(id, comfortInterval);
    }

    private void comfort(CallId id) {
        List<Announcement> say = new ArrayList<>();
        Optional<Integer> position = distributor.positionOf(id);
        position.ifPresent(p -> {
            say.add(Announcement.prompt(POSITION_PROMPT));
            say.add(new Announcement.SpokenOrdinal(p));
        });
        distributor.predictedWaitOf(id).ifPresent(w -> {
            say.add(Announcement.prompt(WAIT_PROMPT));
            say.add(new Announcement.SpokenDuration(w));
        });
        if (!say.isEmpty()) {
            control.play(id, say, false);
        }
        control.armTimer(id, comfortInterval);
    }

    /** The call ended before the distributor held it (the distributor reports the calls it holds). */
    private void ended(CallId call, EndReason kind, String reason) {
        report(new CallCentreEvent.CallEnded(clock.instant(), call, reason, kind));
    }

    private void report(CallCentreEvent event) {
        try {
            events.onEvent(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "call-centre listener failed on " + event, e);
        }
    }

    @Override
    public void registered(AgentId agent, String contact) {
        phones.registered(agent, contact);
    }

    @Override
    public void unregistered(AgentId agent, String reason) {
        phones.unregistered(agent, reason);
    }
}
