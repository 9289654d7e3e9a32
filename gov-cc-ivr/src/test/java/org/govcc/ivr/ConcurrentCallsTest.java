package org.govcc.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govcc.api.control.CallSignal;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.testkit.FakeSchedule;
import org.govcc.ivr.testkit.MutableClock;
import org.govcc.ivr.testkit.SimulatedCaller;
import org.govcc.ivr.testkit.TestFlows;
import org.junit.jupiter.api.Test;

class ConcurrentCallsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-14T07:00:00Z"));
    private final IvrInterpreter ivr = IvrInterpreter.builder().flows(TestFlows.demo())
            .schedule(new FakeSchedule("line")).clock(clock).build();

    @Test
    void oneInterpreterServesThousandsOfCallsDrivenFromSeveralThreads() throws Exception {
        int threads = 4;
        int callsPerThread = 500;
        List<SimulatedCaller> callers = new ArrayList<>();
        for (int i = 0; i < threads * callsPerThread; i++) {
            callers.add(SimulatedCaller.withNumber(ivr, clock).dials("demo"));
        }
        assertThat(ivr.activeSessions()).isEqualTo(threads * callsPerThread);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<SimulatedCaller> mine = callers.subList(t * callsPerThread, (t + 1) * callsPerThread);
            done.add(pool.submit(() -> {
                go.await();
                for (SimulatedCaller c : mine) {
                    // the clock is only read, never moved, from these threads
                    ivr.onSignal(new CallSignal.PromptFinished(c.call.id(), Instant.EPOCH));
                    ivr.onSignal(new CallSignal.TimerFired(c.call.id(), Instant.EPOCH));
                    ivr.onSignal(new CallSignal.DigitPressed(c.call.id(), '4', Instant.EPOCH)); // barge-in + type-ahead
                    ivr.onSignal(new CallSignal.PromptFinished(c.call.id(), Instant.EPOCH));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(callers).allSatisfy(c -> assertThat(c.outcome()).containsInstanceOf(IvrOutcome.Queue.class));
        assertThat(ivr.activeSessions()).isZero();
    }

    @Test
    void signalsForOneCallFromTwoThreadsAtOnceEndItExactlyOnce() throws Exception {
        ConcurrentLinkedQueue<IvrOutcome> outcomes = new ConcurrentLinkedQueue<>();
        SimulatedCaller shape = SimulatedCaller.withNumber(ivr, clock);
        IvrSession session = ivr.start(shape.call, new org.govcc.api.ivr.FlowId("demo"), shape.control, outcomes::add);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> keys = pool.submit(() -> {
            go.await();
            for (int i = 0; i < 200; i++) {
                session.onSignal(new CallSignal.DigitPressed(shape.call.id(), '7', Instant.EPOCH));
            }
            return null;
        });
        Future<?> hangUp = pool.submit(() -> {
            go.await();
            session.onSignal(new CallSignal.CallerHungUp(shape.call.id(), Instant.EPOCH));
            return null;
        });
        go.countDown();
        keys.get(60, TimeUnit.SECONDS);
        hangUp.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(outcomes).hasSize(1);
        assertThat(session.isActive()).isFalse();
    }
}
