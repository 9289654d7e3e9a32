package org.govcc.routing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.govcc.routing.sim.TestDays;
import org.junit.jupiter.api.Test;

class ErlangTest {

    private static final Duration AHT = Duration.ofSeconds(270);
    private static final Duration T20 = Duration.ofSeconds(20);

    @Test
    void theMinistryLineIs115Point6Erlangs() {
        double a = ErlangC.traffic(18_500, Duration.ofHours(12), AHT);
        assertThat(a).isCloseTo(115.625, within(1e-9));
    }

    @Test
    void erlangCNeeds124AgentsFor80In20At115Point6Erlangs() {
        assertThat(ErlangC.agentsFor(115.6, AHT, 0.80, T20)).isEqualTo(124);
        assertThat(ErlangC.serviceLevel(123, 115.6, AHT, T20)).isLessThan(0.80);
        assertThat(ErlangC.serviceLevel(124, 115.6, AHT, T20)).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void erlangCMatchesTheTextbookExample() {
        // The widely published worked example: 360 calls per 30 min, 240 s handling = 48 E; with 55 agents
        // the probability of waiting is 24.0%, the service level 86.7% in 20 s, ASA 8.2 s, occupancy 87.3%.
        double a = ErlangC.traffic(360, Duration.ofMinutes(30), Duration.ofSeconds(240));
        assertThat(a).isCloseTo(48.0, within(1e-9));
        assertThat(ErlangC.probabilityOfWaiting(55, a)).isCloseTo(0.240, within(0.002));
        assertThat(ErlangC.serviceLevel(55, a, Duration.ofSeconds(240), T20)).isCloseTo(0.867, within(0.001));
        assertThat(ErlangC.averageSpeedOfAnswerSeconds(55, a, Duration.ofSeconds(240))).isCloseTo(8.2, within(0.05));
        assertThat(ErlangC.occupancy(55, a)).isCloseTo(0.8727, within(1e-4));
    }

    @Test
    void erlangBMatchesPublishedTableValues() {
        // Erlang B tables: 10 lines at 1% blocking carry 4.461 E; 100 lines at 1% carry 84.06 E.
        assertThat(ErlangB.blocking(10, 4.461)).isCloseTo(0.01, within(0.0002));
        assertThat(ErlangB.blocking(100, 84.06)).isCloseTo(0.01, within(0.0002));
        assertThat(ErlangB.trunksFor(4.461, 0.01)).isEqualTo(10);
        assertThat(ErlangB.blocking(0, 3.0)).isEqualTo(1.0);
    }

    @Test
    void oneHundredLinesBlockADoubleDigitShareOfTheMinistryLoad() {
        double blocking = ErlangB.blocking(100, 115.6);
        assertThat(blocking).isGreaterThanOrEqualTo(0.10).isLessThan(0.20);
        assertThat(ErlangB.trunksFor(115.6, 0.01)).isGreaterThan(130);
    }

    @Test
    void erlangAWithVeryLongPatienceAgreesWithErlangC() {
        double rate = 115.6 / 270;
        ErlangA.Result r = ErlangA.evaluate(124, rate, AHT, Duration.ofDays(30), T20);
        assertThat(r.serviceLevel()).isCloseTo(ErlangC.serviceLevel(124, 115.6, AHT, T20), within(0.002));
        assertThat(r.probabilityOfWaiting()).isCloseTo(ErlangC.probabilityOfWaiting(124, 115.6), within(0.002));
        assertThat(r.probabilityOfAbandon()).isLessThan(0.001);
    }

    @Test
    void erlangAWithImpatientCallersServesBetterThanErlangCPredicts() {
        double rate = 115.6 / 270;
        ErlangA.Result r = ErlangA.evaluate(118, rate, AHT, Duration.ofSeconds(120), T20);
        // abandonment shortens the queue: answered-within-T improves, some callers are lost
        assertThat(r.serviceLevel()).isGreaterThan(ErlangC.serviceLevel(118, 115.6, AHT, T20));
        assertThat(r.probabilityOfAbandon()).isBetween(0.005, 0.2);
        assertThat(r.occupancy()).isLessThan(115.6 / 118);
        assertThat(ErlangA.agentsFor(rate, AHT, Duration.ofSeconds(120), 0.8, T20)).isLessThanOrEqualTo(124);
    }

    @Test
    void erlangAStaysFiniteWhenAgentsAreFewerThanTheTraffic() {
        ErlangA.Result r = ErlangA.evaluate(100, 115.6 / 270, AHT, Duration.ofSeconds(120), T20);
        assertThat(r.probabilityOfAbandon()).isBetween(0.05, 0.5);
        assertThat(r.occupancy()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aFlatDayPlansTheReferenceFigureInEveryInterval() {
        StaffingPlanner planner = new StaffingPlanner(AHT, AHT, 0.8, T20, Duration.ofSeconds(180), 0.01, 100);
        List<IntervalPlan> plan = planner.plan(ArrivalProfile.flat(18_500, LocalTime.of(8, 0), LocalTime.of(20, 0),
                Duration.ofMinutes(30)));

        assertThat(plan).hasSize(24);
        assertThat(plan).allSatisfy(p -> {
            assertThat(p.agents()).isEqualTo(124);
            assertThat(p.blockingAtGivenTrunks()).isGreaterThan(0.10);
        });
        assertThat(plan.get(0).start()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void theMinistryProfileKeepsTheDailyTotalAndPeaksInTheMorning() {
        ArrivalProfile p = ArrivalProfile.shaped(18_500, LocalTime.of(8, 0), LocalTime.of(20, 0),
                Duration.ofMinutes(30), TestDays.ministry().shape());
        assertThat(p.total()).isCloseTo(18_500, within(1e-6));
        assertThat(p.calls().get(4)).isGreaterThan(p.calls().get(23)); // 10:00 vs 19:30
    }

    @Test
    void badPlanningInputsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new StaffingPlanner(Duration.ofSeconds(-1), AHT, 0.8, T20, T20, 0.01, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handleTime");
        assertThatThrownBy(() -> ErlangC.agentsFor(10, AHT, 1.5, T20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target service level");
        assertThatThrownBy(() -> ErlangB.blocking(10, -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("traffic");
    }
}
