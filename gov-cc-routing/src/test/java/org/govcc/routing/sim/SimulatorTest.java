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
    void theQuarterHoursAddUpToTheDayAndEveryEventReachesTheObserver() {
        java.util.List<org.govcc.api.event.CallCentreEvent> seen = new java.util.ArrayList<>();
        SimulationReport r = Simulator.run(Scenarios.lineDay(TestDays.ministry(), 2_000, 3L),
                new org.govcc.api.event.CallCentreListener() {
                    @Override
                    public void onEvent(org.govcc.api.event.CallCentreEvent event) {
                        seen.add(event);
                    }
                });

        java.util.List<SimulationReport.QueueQuarter> q = r.queueQuarters();
        assertThat(q.stream().mapToLong(SimulationReport.QueueQuarter::offered).sum()
                + q.stream().mapToLong(SimulationReport.QueueQuarter::refused).sum()).isEqualTo(r.offered());
        assertThat(q.stream().mapToLong(SimulationReport.QueueQuarter::answered).sum()).isEqualTo(r.answered());
        assertThat(q.stream().mapToLong(x -> x.abandoned() + x.shortAbandoned() + x.refused()).sum())
                .isEqualTo(r.abandoned());
        assertThat(q).allSatisfy(x -> {
            assertThat(x.answeredWithin()).isLessThanOrEqualTo(x.answered());
            assertThat(x.handled()).isEqualTo(x.answered()); // the day drains: every conversation ends
        });
        assertThat(q).extracting(SimulationReport.QueueQuarter::queue).contains("insurance-pensions", "equality");
        assertThat(r.agentQuarters()).allSatisfy(a -> assertThat(a.busy()).isLessThanOrEqualTo(a.staffed()));
        double busy = r.agentQuarters().stream().mapToLong(a -> a.busy().toNanos()).sum();
        double staffed = r.agentQuarters().stream().mapToLong(a -> a.staffed().toNanos()).sum();
        assertThat(busy / staffed).as("the distributor's own occupancy").isCloseTo(r.occupancy(),
                org.assertj.core.api.Assertions.within(0.01));
        assertThat(seen).hasSize((int) r.events());
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
