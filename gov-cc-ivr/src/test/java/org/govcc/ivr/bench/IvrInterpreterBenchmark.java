package org.govcc.ivr.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.CallControl;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.IgnoringCallControl;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.IvrInterpreter;
import org.govcc.ivr.prompt.PromptCatalogue;
import org.govcc.ivr.reference.MinistryLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Interpreter throughput (events per second) and memory per active session, on the ministry's flows with the
 * real Greek calendar. Not run by {@code mvn verify}; run it with
 *
 * <pre>mvn -B -pl gov-cc-ivr test-compile exec:exec@jmh</pre>
 *
 * <p>The setup of {@link Parked} prints the memory per active session (sessions parked at the topic menu).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IvrInterpreterBenchmark {

    /** Tuesday 10:00 in Athens: the main line is open. */
    static final Clock OPEN = Clock.fixed(Instant.parse("2026-04-14T07:00:00Z"), ZoneOffset.UTC);
    static final FlowId MAIN = new FlowId("ministry-main");

    /** A call control that does nothing, as cheap as a real one that only queues commands. */
    static final class NullControl extends IgnoringCallControl {
        NullControl() {
            super("null");
        }
    }

    static IvrInterpreter interpreter() {
        PromptCatalogue catalogue = MinistryLine.catalogue();
        return IvrInterpreter.builder().flows(MinistryLine.flows(catalogue)).schedule(MinistryLine.calendar())
                .prompts(catalogue).clock(OPEN).build();
    }

    static Call call(int i) {
        return Call.inbound(new CallId("bench-" + i), new LineId("main"),
                CallerId.of(new PhoneNumber("+3069" + String.format("%08d", i))), Language.GREEK, OPEN.instant());
    }

    /** One interpreter; calls are started, walked to the queue, and leave. */
    @State(Scope.Thread)
    public static class Walks {
        IvrInterpreter ivr;
        final CallControl control = new NullControl();
        Call[] calls;
        CallSignal[][] script;
        int next;
        IvrOutcome last;

        @Setup
        public void setUp() {
            ivr = interpreter();
            calls = new Call[1024];
            script = new CallSignal[calls.length][];
            Instant t = OPEN.instant();
            for (int i = 0; i < calls.length; i++) {
                calls[i] = call(i);
                CallId id = calls[i].id();
                script[i] = new CallSignal[] {
                    new CallSignal.PromptFinished(id, t), // welcome + English offer
                    new CallSignal.TimerFired(id, t), // no language key: Greek
                    new CallSignal.PromptFinished(id, t), // 112 notice
                    new CallSignal.DigitPressed(id, '3', t), // welfare benefits (barge-in)
                    new CallSignal.PromptFinished(id, t), // AMKA request
                    new CallSignal.DigitPressed(id, '#', t), // no AMKA
                    new CallSignal.PromptFinished(id, t), // "connecting you"
                };
            }
        }
    }

    /**
     * A whole call through the main flow: start plus 7 signals, 13 nodes (language choice, notice, schedule, menu,
     * sub-flow, digit entry, return, queue). Reported per event (8 per call).
     */
    @Benchmark
    @OperationsPerInvocation(8)
    public IvrOutcome[] wholeCallToTheQueue(Walks s) {
        int i = s.next++ & (s.calls.length - 1);
        IvrOutcome[] out = new IvrOutcome[1];
        s.ivr.start(s.calls[i], MAIN, s.control, o -> out[0] = o);
        for (CallSignal signal : s.script[i]) {
            s.ivr.onSignal(signal);
        }
        return out;
    }

    /** 10,000 calls waiting at the topic menu of one interpreter; prints the memory each one holds. */
    @State(Scope.Benchmark)
    public static class Parked {
        static final int SESSIONS = 10_000;
        IvrInterpreter ivr;
        CallSignal[] repeat;
        int next;

        @Setup
        public void setUp() {
            ivr = interpreter();
            CallControl control = new NullControl();
            Call[] calls = new Call[SESSIONS];
            repeat = new CallSignal[SESSIONS];
            for (int i = 0; i < SESSIONS; i++) {
                calls[i] = call(1_000_000 + i);
                repeat[i] = new CallSignal.DigitPressed(calls[i].id(), '*', OPEN.instant());
            }
            long before = usedHeapAfterGc();
            Instant t = OPEN.instant();
            for (Call c : calls) {
                ivr.start(c, MAIN, control, o -> { });
                ivr.onSignal(new CallSignal.PromptFinished(c.id(), t));
                ivr.onSignal(new CallSignal.TimerFired(c.id(), t));
                ivr.onSignal(new CallSignal.PromptFinished(c.id(), t));
            }
            long after = usedHeapAfterGc();
            if (ivr.activeSessions() != SESSIONS) {
                throw new IllegalStateException("expected " + SESSIONS + " active sessions, got " + ivr.activeSessions());
            }
            System.out.printf("%n[footprint] %d active sessions at the topic menu hold %.1f MB: %d bytes per session%n",
                    SESSIONS, (after - before) / 1e6, (after - before) / SESSIONS);
        }

        private static long usedHeapAfterGc() {
            for (int i = 0; i < 4; i++) {
                System.gc();
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }

    /** A key press ("*": repeat the menu) to one of 10,000 active sessions: lookup, transition, replay. */
    @Benchmark
    public void keyPressAmongTenThousandActiveCalls(Parked s, Blackhole bh) {
        int i = s.next++;
        if (s.next == Parked.SESSIONS) {
            s.next = 0;
        }
        s.ivr.onSignal(s.repeat[i]);
        bh.consume(i);
    }
}
