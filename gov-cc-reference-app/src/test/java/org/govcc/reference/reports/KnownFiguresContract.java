package org.govcc.reference.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.reference.config.AgentDesk;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.config.ServiceLevelFormula;
import org.govcc.reference.persistence.JpaCallRecords;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.sim.DayMix;
import org.govcc.routing.sim.Scenario;
import org.govcc.routing.sim.Scenarios;
import org.govcc.routing.sim.SimulationReport;
import org.govcc.routing.sim.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Known figures: the simulator drives the real distributor through a ministry day (18,500 calls on the line's own
 * planning day, its topics' queues, shifts, breaks, impatient callers), every event it emits is written into the call
 * records as the WAR writes them ({@link JpaCallRecords#apply}, 2,000 events a transaction, as the line's recorder
 * batches them), and the reports must give the simulator's own counts: exactly for counts, to a tenth of a second
 * (the reports' rounding) for averages, per quarter hour, half hour and day, per topic. Each database's test extends
 * it; the day is simulated and written once per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KnownFiguresContract {

    /** The reports round averages and percentages to one decimal; the records keep milliseconds. */
    private static final double TENTH = 0.051;
    private static final int CALLS = 18_500;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final LineConfiguration line = MinistryOfLabourLine.configuration();
    private SimulationReport simulated;

    /** Returns the factory for the database under test. */
    abstract EntityManagerFactory factory();

    @BeforeAll
    void simulateAMinistryDayIntoTheRecords() {
        DayMix day = DayMix.read(Path.of("src/main/resources/config/ministry-of-labour/planning/day.txt"));
        Scenario scenario = Scenarios.lineDay(day, CALLS, 20_261_302L);
        assertThat(scenario.mix()).as("the reports measure each queue by its own thresholds, as the simulator does")
                .allSatisfy(m -> {
                    QueueConfig configured = line.distributor().queues().stream()
                            .filter(q -> q.id().equals(m.queue().id())).findFirst().orElseThrow();
                    assertThat(configured.serviceLevelThreshold()).isEqualTo(m.queue().serviceLevelThreshold());
                    assertThat(configured.shortAbandonThreshold()).isEqualTo(m.queue().shortAbandonThreshold());
                });
        EntityManager em = factory().createEntityManager();
        em.getTransaction().begin();
        for (String entity : List.of("CallRecordEntity", "AgentStateEntity", "CallLegEntity")) {
            em.createQuery("DELETE FROM " + entity).executeUpdate();
        }
        em.getTransaction().commit();
        List<CallCentreEvent> batch = new ArrayList<>();
        AgentDesk desk = line.desk();
        simulated = Simulator.run(scenario, new CallCentreListener() {
            @Override
            public void onEvent(CallCentreEvent event) {
                batch.add(event);
                if (batch.size() == 2_000) {
                    write(em, desk, batch);
                }
            }
        });
        write(em, desk, batch);
        em.close();
        assertThat(simulated.invariantProblems()).isEmpty();
        assertThat(simulated.offered()).isBetween(18_000L, 19_000L);
    }

    @Test
    void everyQuarterHourOfEveryTopicHasTheSimulatorsFigures() {
        check(Granularity.QUARTER_HOUR);
    }

    @Test
    void everyHalfHourOfEveryTopicHasTheSimulatorsFigures() {
        check(Granularity.HALF_HOUR);
    }

    @Test
    void theDayHasTheSimulatorsFiguresPerTopicAndInAll() {
        ReportView report = check(Granularity.DAY);

        Measures day = report.total();
        Expected all = expected(simulated.queueQuarters(), null, Instant.MIN, Instant.MAX);
        assertThat(day.offered()).isEqualTo(all.offered);
        assertThat(day.answered() + day.abandoned() + day.shortAbandoned())
                .as("every call the line queued was answered or abandoned").isEqualTo(day.offered());
        assertThat(day.offered() + all.refused).isEqualTo(simulated.offered());
        assertThat(day.callbacksRequested()).isZero();
        assertThat(day.transfers()).isZero();
        assertThat(day.averageHoldSeconds()).as("no call of the simulator is held").isEqualTo(0.0);
        System.out.println(String.format(Locale.ROOT, "known figures, %s, %s: %d offered, %d answered (%d within "
                        + "20 s), %d abandoned, %d short abandons; service level %.1f%% (%s), ASA %.1f s, talk %.1f s,"
                        + " after-call work %.1f s, handling %.1f s, occupancy %.1f%%", DAY, getClass().getSimpleName(),
                day.offered(), day.answered(), day.answeredWithinThreshold(), day.abandoned(), day.shortAbandoned(),
                day.serviceLevelPercent(), report.serviceLevelFormula(), day.averageSpeedOfAnswerSeconds(),
                day.averageTalkSeconds(), day.averageAfterCallWorkSeconds(), day.averageHandlingSeconds(),
                day.occupancyPercent()));
    }

    /** Compares every bucket of the day's report, in all and per topic, with what the simulator counted in it. */
    private ReportView check(Granularity granularity) {
        ReportView report = report(granularity);
        List<ReportPeriod.Bucket> buckets = period(granularity).buckets();
        ServiceLevelFormula formula = line.reports().formula();
        int nonEmpty = 0;
        for (int i = 0; i < buckets.size(); i++) {
            ReportPeriod.Bucket b = buckets.get(i);
            ReportView.Row row = report.rows().get(i);
            assertThat(row.label()).isEqualTo(b.label());
            Expected all = expected(simulated.queueQuarters(), null, b.start(), b.end());
            all.agentTime(simulated.agentQuarters(), b.start(), b.end());
            compare(row.figures(), all, formula, row.label());
            nonEmpty += all.offered > 0 ? 1 : 0;
            for (ReportView.Group topic : row.groups()) {
                compare(topic.figures(), expected(simulated.queueQuarters(), topic.id(), b.start(), b.end()), formula,
                        row.label() + " " + topic.id());
            }
        }
        assertThat(nonEmpty).as("buckets with calls").isGreaterThanOrEqualTo(granularity == Granularity.DAY ? 1 : 24);
        return report;
    }

    private static void compare(Measures m, Expected e, ServiceLevelFormula formula, String where) {
        assertThat(m.offered()).as("offered, %s", where).isEqualTo(e.offered);
        assertThat(m.answered()).as("answered, %s", where).isEqualTo(e.answered);
        assertThat(m.answeredWithinThreshold()).as("answered within 20 s, %s", where).isEqualTo(e.answeredWithin);
        assertThat(m.abandoned()).as("abandoned, %s", where).isEqualTo(e.abandoned);
        assertThat(m.shortAbandoned()).as("short abandons, %s", where).isEqualTo(e.shortAbandoned);
        assertThat(m.callbacksCompleted()).as("callbacks, %s", where).isZero();
        average(m.averageSpeedOfAnswerSeconds(), e.answeredWait, e.answered, "ASA, " + where);
        average(m.averageTalkSeconds(), e.talk, e.handled, "talk, " + where);
        average(m.averageAfterCallWorkSeconds(), e.wrapUp, e.wrappedUp, "after-call work, " + where);
        var level = formula.share(e.answered, e.answeredWithin, e.abandoned, e.abandonedWithin);
        if (level.isPresent()) {
            assertThat(m.serviceLevelPercent()).as("service level, %s", where)
                    .isCloseTo(100 * level.getAsDouble(), within(TENTH));
        } else {
            assertThat(m.serviceLevelPercent()).as("service level, %s", where).isNull();
        }
        if (e.staffed != null) {
            if (e.staffed.isZero()) {
                assertThat(m.occupancyPercent()).as("occupancy, %s", where).isNull();
            } else {
                assertThat(m.occupancyPercent()).as("occupancy, %s", where)
                        .isCloseTo(100.0 * e.busy.toNanos() / e.staffed.toNanos(), within(TENTH));
            }
        }
    }

    private static void average(Double reported, Duration sum, long count, String what) {
        if (count == 0) {
            assertThat(reported).as(what).isNull();
        } else {
            assertThat(reported).as(what).isCloseTo(sum.toNanos() / 1e9 / count, within(TENTH));
        }
    }

    private ReportView report(Granularity granularity) {
        return inTransaction(em -> new ReportMaker(line, new JpaReports(em)).make(new ReportRequest(
                period(granularity), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(ReportRequest.Breakdown.TOPIC)), simulated.ended()));
    }

    private ReportPeriod period(Granularity granularity) {
        return new ReportPeriod(granularity, line.calendar().zone(), DAY, DAY);
    }

    private <T> T inTransaction(java.util.function.Function<EntityManager, T> work) {
        EntityManager em = factory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    private static void write(EntityManager em, AgentDesk desk, List<CallCentreEvent> batch) {
        em.getTransaction().begin();
        JpaCallRecords records = new JpaCallRecords(em, queue -> desk.ruleFor(queue).defaultCode());
        batch.forEach(records::apply);
        em.getTransaction().commit();
        em.clear();
        batch.clear();
    }

    /** The simulator's quarters of {@code queue} (null: all) within [from, to), added up. */
    private static Expected expected(List<SimulationReport.QueueQuarter> quarters, String queue, Instant from,
                                     Instant to) {
        Expected e = new Expected();
        for (SimulationReport.QueueQuarter q : quarters) {
            if ((queue == null || q.queue().equals(queue)) && !q.start().isBefore(from) && q.start().isBefore(to)) {
                e.offered += q.offered();
                e.refused += q.refused();
                e.answered += q.answered();
                e.answeredWithin += q.answeredWithin();
                e.abandoned += q.abandoned();
                e.abandonedWithin += q.abandonedWithin();
                e.shortAbandoned += q.shortAbandoned();
                e.answeredWait = e.answeredWait.plus(q.answeredWait());
                e.handled += q.handled();
                e.talk = e.talk.plus(q.talk());
                e.wrappedUp += q.wrappedUp();
                e.wrapUp = e.wrapUp.plus(q.wrapUp());
            }
        }
        return e;
    }

    /** What the simulator counted in one bucket. */
    private static final class Expected {
        long offered;
        long refused;
        long answered;
        long answeredWithin;
        long abandoned;
        long abandonedWithin;
        long shortAbandoned;
        Duration answeredWait = Duration.ZERO;
        long handled;
        Duration talk = Duration.ZERO;
        long wrappedUp;
        Duration wrapUp = Duration.ZERO;
        /** Null where agents' time is not compared (per topic: agents are not a topic's). */
        Duration busy;
        Duration staffed;

        void agentTime(List<SimulationReport.AgentQuarter> quarters, Instant from, Instant to) {
            busy = Duration.ZERO;
            staffed = Duration.ZERO;
            for (SimulationReport.AgentQuarter q : quarters) {
                if (!q.start().isBefore(from) && q.start().isBefore(to)) {
                    busy = busy.plus(q.busy());
                    staffed = staffed.plus(q.staffed());
                }
            }
        }
    }
}
