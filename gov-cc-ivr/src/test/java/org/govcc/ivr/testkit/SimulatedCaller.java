package org.govcc.ivr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.TransferFailure;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.IvrInterpreter;
import org.govcc.ivr.IvrListener;
import org.govcc.ivr.IvrSession;
import org.govcc.ivr.flow.NodeId;

/**
 * A scripted caller: listens to prompts to their end, presses keys, stays silent until the timer fires, hangs up.
 * Records what it heard (prompt ids, and spoken values as {@code number:3}, {@code dateTime:...}).
 */
public final class SimulatedCaller {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final IvrInterpreter ivr;
    private final MutableClock clock;
    public final FakeCallControl control = new FakeCallControl();
    public final Call call;
    private IvrSession session;
    private final List<IvrOutcome> outcomes = new ArrayList<>();
    public final List<Language> languageChanges = new ArrayList<>();
    public final List<String> path = new ArrayList<>();
    private int heardUpTo;

    private SimulatedCaller(IvrInterpreter ivr, MutableClock clock, CallerId caller) {
        this.ivr = ivr;
        this.clock = clock;
        this.call = Call.inbound(new CallId("call-" + IDS.incrementAndGet()), new LineId("main"), caller,
                Language.GREEK, clock.instant());
    }

    /** A caller presenting a number. */
    public static SimulatedCaller withNumber(IvrInterpreter ivr, MutableClock clock) {
        return new SimulatedCaller(ivr, clock, CallerId.of(new PhoneNumber("+302101234567")));
    }

    /** A caller who withholds the number. */
    public static SimulatedCaller anonymous(IvrInterpreter ivr, MutableClock clock) {
        return new SimulatedCaller(ivr, clock, CallerId.anonymous());
    }

    /** Dials into {@code flow}. */
    public SimulatedCaller dials(String flow) {
        session = ivr.startWith(call, new FlowId(flow), control, new IvrListener() {
            @Override
            public void onExit(IvrOutcome outcome) {
                outcomes.add(outcome);
            }

            @Override
            public void onLanguageChanged(Language language) {
                languageChanges.add(language);
            }

            @Override
            public void onNodeEntered(FlowId f, NodeId node) {
                path.add(f + "/" + node);
            }
        });
        return this;
    }

    private Instant now() {
        return clock.instant();
    }

    /** Listens to the current prompt to its end (if one is playing). */
    public SimulatedCaller listens() {
        if (control.playing) {
            control.playing = false;
            clock.advanceSeconds(3);
            ivr.onSignal(new CallSignal.PromptFinished(call.id(), now()));
        }
        return this;
    }

    /** Presses {@code keys} one after another, at once (barge-in where allowed). */
    public SimulatedCaller presses(String keys) {
        for (char c : keys.toCharArray()) {
            if (control.playing && control.bargeIn) {
                control.playing = false;
            }
            clock.advanceSeconds(1);
            ivr.onSignal(new CallSignal.DigitPressed(call.id(), c, now()));
        }
        return this;
    }

    /** Listens to the end of the prompt, then says nothing until the timer fires. */
    public SimulatedCaller staysSilent() {
        listens();
        assertThat(control.timer).as("a timer must guard every wait for the caller").isPresent();
        clock.advance(control.timer.get());
        control.timer = Optional.empty();
        ivr.onSignal(new CallSignal.TimerFired(call.id(), now()));
        return this;
    }

    /** The call side reports that the transfer asked for reached the outside number. */
    public SimulatedCaller transferCompletes() {
        ivr.onSignal(new CallSignal.TransferCompleted(call.id(), control.transferredTo.orElseThrow(), now()));
        return this;
    }

    /** The call side reports that the transfer asked for could not be made, for {@code reason}. */
    public SimulatedCaller transferFails(TransferFailure reason) {
        ivr.onSignal(new CallSignal.TransferFailed(call.id(), control.transferredTo.orElseThrow(), reason, now()));
        return this;
    }

    /** Hangs up. */
    public SimulatedCaller hangsUp() {
        ivr.onSignal(new CallSignal.CallerHungUp(call.id(), now()));
        return this;
    }

    /** Listens to every prompt until the call leaves the IVR or waits for a key. */
    public SimulatedCaller listensToTheEnd() {
        for (int i = 0; i < 50 && control.playing && outcomes.isEmpty(); i++) {
            listens();
        }
        return this;
    }

    /** The session. */
    public IvrSession session() {
        return session;
    }

    /** How the call left the IVR, if it did. */
    public Optional<IvrOutcome> outcome() {
        assertThat(outcomes.size()).as("onExit is called at most once").isLessThanOrEqualTo(1);
        return outcomes.isEmpty() ? Optional.empty() : Optional.of(outcomes.get(0));
    }

    /** Everything heard so far, as text. */
    public List<String> heard() {
        List<String> out = new ArrayList<>();
        for (FakeCallControl.Playback p : control.playbacks) {
            for (Announcement a : p.announcements()) {
                out.add(text(a));
            }
        }
        return out;
    }

    /** What was heard since the last call of this method. */
    public List<String> heardSinceLastAsked() {
        List<String> all = heard();
        List<String> recent = new ArrayList<>(all.subList(heardUpTo, all.size()));
        heardUpTo = all.size();
        return recent;
    }

    private static String text(Announcement a) {
        if (a instanceof Announcement.Recorded) {
            return ((Announcement.Recorded) a).prompt().value();
        }
        if (a instanceof Announcement.SpokenNumber) {
            return "number:" + ((Announcement.SpokenNumber) a).value();
        }
        if (a instanceof Announcement.SpokenDuration) {
            return "duration:" + ((Announcement.SpokenDuration) a).value();
        }
        if (a instanceof Announcement.SpokenDateTime) {
            return "dateTime:" + ((Announcement.SpokenDateTime) a).value().toLocalDateTime();
        }
        return "ordinal:" + ((Announcement.SpokenOrdinal) a).value();
    }
}
