package org.govcc.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final Duration AHT = Duration.ofSeconds(270);

    @Test
    void theMinistryDayAccountsForEveryCall() {
        SimulationReport r = Simulator.run(Scenarios.lineDay(TestDays.ministry(), 18_500, 7L));

        System.out.println(r.summary());
        assertThat(r.invariantProblems()).isEmpty();
        assertThat(r.offered()).isBetween(18_000L, 19_000L);
        assertThat(r.answered() + r.abandoned()).isEqualTo(r.offered());
        assertThat(r.serviceLevel()).isBetween(0.6, 1.0);
        assertThat(r.abandonRate()).isLessThan(0.1);
        assertThat(r.intervals()).hasSize(24);
        // the wait estimator is measured: its error stays well under a minute on this line
        assertThat(r.estimatorMeanAbsoluteErrorSeconds()).isBetween(0.0, 30.0);
        assertThat(r.estimatorMeanErrorSeconds()).isBetween(-30.0, 30.0);
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        SimulationReport a = Simulator.run(Scenarios.erlangReference(20, 17, AHT, 3, 99L));
        SimulationReport b = Simulator.run(Scenarios.erlangReference(20, 17, AHT, 3, 99L));

        assertThat(a.offered()).isEqualTo(b.offered());
        assertThat(a.serviceLevel()).isEqualTo(b.serviceLevel());
        assertThat(a.estimatorMeanErrorSeconds()).isEqualTo(b.estimatorMeanErrorSeconds());
    }
}
