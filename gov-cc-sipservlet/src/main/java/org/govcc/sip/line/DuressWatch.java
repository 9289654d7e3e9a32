package org.govcc.sip.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.complaint.DuressCode;
import org.govcc.api.control.CallSignal;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.internal.Require;
import org.govcc.routing.CallDistributor;
import org.govcc.sip.CallHandler;
import org.govcc.sip.registrar.RegistrationListener;

/**
 * Watches every key a caller presses on a line with a {@link DuressCode}, wherever the call is (in the IVR's menus,
 * waiting, with a specialist), and passes every signal on to the handler it wraps unchanged. When the keys end in
 * the code the call is marked urgent once: {@link CallCentreEvent.CallMarkedUrgent} for the supervisors, and the
 * distributor puts it at the head of its queue ({@link CallDistributor#markUrgent}); a call still in the IVR is
 * marked as soon as the IVR queues it. Like the handler, it is called on one signal thread.
 *
 * @since 0.4
 */
public final class DuressWatch implements CallHandler, RegistrationListener {

    private static final Logger LOG = Logger.getLogger(DuressWatch.class.getName());
    /** The keys kept per call: enough for any code (at most 8 keys). */
    private static final int KEPT_KEYS = 16;
    /** A call without an end signal (the line hung up on it) is forgotten after this. */
    private static final Duration FORGET_AFTER = Duration.ofHours(12);

    private final CallHandler handler;
    private final RegistrationListener registrations;
    private final Map<LineId, DuressCode> codes;
    private final CallDistributor distributor;
    private final CallCentreListener events;
    private final Clock clock;
    private final Map<CallId, Watched> calls = new ConcurrentHashMap<>();

    /** One call on a line with a duress code. */
    private static final class Watched {
        final LineId line;
        final DuressCode code;
        final Instant started;
        final StringBuilder pressed = new StringBuilder();
        boolean urgent;
        /** Urgent, but not yet held by the distributor (still in the IVR). */
        boolean pending;

        Watched(LineId line, DuressCode code, Instant started) {
            this.line = line;
            this.code = code;
            this.started = started;
        }
    }

    /**
     * Wraps {@code handler}.
     *
     * @param handler the line's handler ({@link EngineCallHandler}), told of everything as before
     * @param codes the duress code of each line that has one
     * @param distributor the distributor the handler queues calls in
     * @param events told of each call marked urgent; must not block
     * @param clock the clock of the events
     * @param <H> a handler that also hears of the agents' phones
     */
    public <H extends CallHandler & RegistrationListener> DuressWatch(H handler, Map<LineId, DuressCode> codes,
                                                                      CallDistributor distributor,
                                                                      CallCentreListener events, Clock clock) {
        this.handler = Require.nonNull(handler, "handler");
        this.registrations = handler;
        this.codes = Map.copyOf(Require.nonNull(codes, "codes"));
        this.distributor = Require.nonNull(distributor, "distributor");
        this.events = Require.nonNull(events, "events");
        this.clock = Require.nonNull(clock, "clock");
    }

    @Override
    public void callStarted(Call call) {
        DuressCode code = codes.get(call.line());
        if (code != null) {
            Instant now = clock.instant();
            if (calls.size() > 1_000) {
                calls.values().removeIf(w -> w.started.isBefore(now.minus(FORGET_AFTER)));
            }
            calls.put(call.id(), new Watched(call.line(), code, now));
        }
        handler.callStarted(call);
    }

    @Override
    public void callRejected(CallId call, String reason) {
        handler.callRejected(call, reason);
    }

    @Override
    public void onSignal(CallSignal signal) {
        CallId id = signal.call();
        Watched w = calls.get(id);
        if (w != null && signal instanceof CallSignal.DigitPressed) {
            pressed(id, w, ((CallSignal.DigitPressed) signal).digit());
        }
        handler.onSignal(signal);
        if (w == null) {
            return;
        }
        if (w.pending && distributor.markUrgent(id)) {
            w.pending = false; // this signal took the call out of the IVR into its queue
        }
        if (signal instanceof CallSignal.CallerHungUp || signal instanceof CallSignal.AgentHungUp
                || signal instanceof CallSignal.TransferCompleted) {
            calls.remove(id);
        }
    }

    private void pressed(CallId id, Watched w, char key) {
        w.pressed.append(key);
        if (w.pressed.length() > KEPT_KEYS) {
            w.pressed.delete(0, w.pressed.length() - KEPT_KEYS);
        }
        if (w.urgent || !w.code.endsIn(w.pressed)) {
            return;
        }
        w.urgent = true;
        // The keys themselves are not logged: on a sealed line they could be the caller's own words.
        LOG.warning(() -> "call " + id + " on line " + w.line + ": duress code keyed, the call is urgent");
        try {
            events.onEvent(new CallCentreEvent.CallMarkedUrgent(clock.instant(), id, w.line));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "call-centre listener failed on the urgent call " + id, e);
        }
        try {
            w.pending = !distributor.markUrgent(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the distributor could not mark " + id + " urgent", e);
        }
    }

    @Override
    public void registered(AgentId agent, String contact) {
        registrations.registered(agent, contact);
    }

    @Override
    public void unregistered(AgentId agent, String reason) {
        registrations.unregistered(agent, reason);
    }
}
