package org.govcc.ivr;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.CallSignalListener;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrLookup;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.prompt.PromptCatalogue;

/**
 * Runs IVR flows: one instance serves any number of concurrent calls, each as an {@link IvrSession} driven by
 * {@link CallSignal}s (prompt finished, key, timer, hang-up, a transfer's outcome) and acting through
 * {@link CallControl}.
 *
 * <p>Caller behaviour never makes it throw: wrong keys and silence are retried, then routed to the flow's
 * fallback. A fault of a plug-in (call control, schedule, listener) is logged; the session then ends the call
 * with {@link org.govcc.api.control.HangUpReason#FAILURE} rather than leave the caller stranded. Time comes
 * from the injected {@link Clock}. Thread-safe.
 *
 * @since 0.1
 */
public final class IvrInterpreter implements CallSignalListener {

    private static final Logger LOG = Logger.getLogger(IvrInterpreter.class.getName());

    private final FlowRepository flows;
    private final Optional<ServiceSchedule> schedule;
    private final Optional<PromptCatalogue> prompts;
    private final Clock clock;
    private final int maxStepsPerSignal;
    private final CallCentreListener events;
    private final boolean canDialOut;
    private final Map<String, IvrLookup> lookups;
    private final Map<CallId, Session> sessions = new ConcurrentHashMap<>();

    private IvrInterpreter(Builder b) {
        this.flows = Require.nonNull(b.flows, "flows");
        this.schedule = Optional.ofNullable(b.schedule);
        this.prompts = Optional.ofNullable(b.prompts);
        this.clock = b.clock;
        this.maxStepsPerSignal = b.maxStepsPerSignal;
        this.events = b.events;
        this.canDialOut = b.canDialOut;
        this.lookups = Map.copyOf(b.lookups);
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts {@code flow} for {@code call}: the first prompt is played before this returns.
     *
     * @param control how the session acts on the call
     * @param onExit told how the call left the IVR, exactly once
     * @throws IllegalArgumentException if the flow is unknown or the call already has a session
     */
    public IvrSession start(Call call, FlowId flow, CallControl control, Consumer<IvrOutcome> onExit) {
        Require.nonNull(onExit, "onExit");
        return startWith(call, flow, control, onExit::accept);
    }

    /**
     * Starts {@code flow} for {@code call}, reporting to {@code listener} (language changes included).
     *
     * @throws IllegalArgumentException if the flow is unknown or the call already has a session
     */
    public IvrSession startWith(Call call, FlowId flow, CallControl control, IvrListener listener) {
        Require.nonNull(call, "call");
        Require.nonNull(flow, "flow");
        Require.nonNull(control, "control");
        Require.nonNull(listener, "listener");
        Flow first = flows.flow(flow).orElseThrow(() -> new IllegalArgumentException("unknown IVR flow '" + flow + "'"));
        Session session = new Session(this, call, first, control, listener);
        if (sessions.putIfAbsent(call.id(), session) != null) {
            throw new IllegalArgumentException("call " + call.id() + " already has an IVR session");
        }
        session.begin();
        return session;
    }

    /** Routes {@code signal} to its call's session; signals of calls without a session are ignored. Never throws. */
    @Override
    public void onSignal(CallSignal signal) {
        if (signal == null) {
            return;
        }
        Session session = sessions.get(signal.call());
        if (session != null) {
            session.onSignal(signal);
        }
    }

    /** Returns the session of {@code call}, while it is in the IVR. */
    public Optional<IvrSession> session(CallId call) {
        return Optional.ofNullable(sessions.get(call));
    }

    /** The number of calls in the IVR now. */
    public int activeSessions() {
        return sessions.size();
    }

    FlowRepository flows() {
        return flows;
    }

    Optional<ServiceSchedule> schedule() {
        return schedule;
    }

    Optional<PromptCatalogue> prompts() {
        return prompts;
    }

    Clock clock() {
        return clock;
    }

    boolean canDialOut() {
        return canDialOut;
    }

    /**
     * Asks lookup {@code name} with {@code variables}; a lookup that is missing or throws is logged and answers
     * nothing, so that the caller's flow goes on.
     */
    Optional<String> lookUp(String name, CallVariables variables) {
        IvrLookup lookup = lookups.get(name);
        if (lookup == null) {
            LOG.warning("IVR lookup '" + name + "' is not registered; the flow goes on without an answer");
            return Optional.empty();
        }
        try {
            Optional<String> answer = lookup.lookUp(variables);
            return answer == null ? Optional.empty() : answer;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "IVR lookup '" + name + "' failed; the flow goes on without an answer", e);
            return Optional.empty();
        }
    }

    int maxStepsPerSignal() {
        return maxStepsPerSignal;
    }

    void forget(Session session) {
        sessions.remove(session.call(), session);
    }

    void published(Session session, IvrOutcome outcome) {
        try {
            events.onEvent(new CallCentreEvent.IvrFinished(clock.instant(), session.call(), outcome));
        } catch (RuntimeException e) {
            System.getLogger(IvrInterpreter.class.getName()).log(System.Logger.Level.WARNING,
                    "call-centre listener failed on IvrFinished of call " + session.call(), e);
        }
    }

    /** Configures an interpreter. */
    public static final class Builder {
        private FlowRepository flows;
        private ServiceSchedule schedule;
        private PromptCatalogue prompts;
        private Clock clock = Clock.systemUTC();
        private int maxStepsPerSignal = 1000;
        private CallCentreListener events = new CallCentreListener() { };
        private boolean canDialOut;
        private final Map<String, IvrLookup> lookups = new HashMap<>();

        private Builder() {
        }

        /** Registers {@code lookup} under {@code name}, for the flows' lookup nodes (names are unique). */
        public Builder lookup(String name, IvrLookup lookup) {
            Require.id(name, "lookup name");
            Require.nonNull(lookup, "lookup");
            Require.that(lookups.putIfAbsent(name, lookup) == null, "lookup '" + name + "' is registered twice");
            return this;
        }

        /**
         * Whether the line can dial out (it has an outbound trunk), so that a callback node may promise a call back
         * (default: false). Without it every callback node goes to its {@code ifNoNumber} branch, as for a caller who
         * presented no number: a caller who cannot be called back hears no confirmation of a call that will never
         * come.
         */
        public Builder canDialOut(boolean lineCanDialOut) {
            this.canDialOut = lineCanDialOut;
            return this;
        }

        /** Receives {@link CallCentreEvent.IvrFinished} when a call leaves the IVR (default: nobody). */
        public Builder events(CallCentreListener listener) {
            this.events = Require.nonNull(listener, "events");
            return this;
        }

        /** The flows to run (required). */
        public Builder flows(FlowRepository repository) {
            this.flows = Require.nonNull(repository, "flows");
            return this;
        }

        /** Opening hours for schedule branches; without one, every schedule branch takes "open". */
        public Builder schedule(ServiceSchedule serviceSchedule) {
            this.schedule = Require.nonNull(serviceSchedule, "schedule");
            return this;
        }

        /** The catalogue, to choose prompts by a variable's value (e.g. a holiday's name) only when they exist. */
        public Builder prompts(PromptCatalogue catalogue) {
            this.prompts = Require.nonNull(catalogue, "prompts");
            return this;
        }

        /** The clock (default: the system's, UTC). */
        public Builder clock(Clock newClock) {
            this.clock = Require.nonNull(newClock, "clock");
            return this;
        }

        /** How many nodes one signal may pass through before the session is ended as faulty (default 1,000). */
        public Builder maxStepsPerSignal(int steps) {
            this.maxStepsPerSignal = Require.inRange(steps, 10, 1_000_000, "maxStepsPerSignal");
            return this;
        }

        /** Returns the interpreter. */
        public IvrInterpreter build() {
            return new IvrInterpreter(this);
        }
    }
}
