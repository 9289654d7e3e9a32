package org.govcc.routing.bench;

import java.util.concurrent.TimeUnit;
import org.govcc.routing.sim.Scenario;
import org.govcc.routing.sim.Scenarios;
import org.govcc.routing.sim.SimulationReport;
import org.govcc.routing.sim.TestDays;
import org.govcc.routing.sim.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to simulate a full ministry day on the real distributor: 18,500 calls 08:00-20:00, six topics and the
 * complaint line, about 1,900 shifts with breaks, patience, no-answers (goal: under 2 seconds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(1)
public class DayBenchmark {

    private final Scenario day = Scenarios.lineDay(TestDays.ministry(), 18_500, 42L);

    @Benchmark
    public SimulationReport ministryDay() {
        return Simulator.run(day);
    }
}
