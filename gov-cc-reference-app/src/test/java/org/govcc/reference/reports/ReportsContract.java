package org.govcc.reference.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TopicId;
import org.govcc.api.routing.TransferTarget;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.persistence.JpaCallRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the reports' SQL must give on every database: calls written through the line's own store
 * ({@link JpaCallRecords}) come back counted in the right bucket of Athens' intervals, days and months (summer time's
 * start and end included), with the service level, averages and occupancy made from their sums. Each database's test
 * extends it.
 */
abstract class ReportsContract {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final QueueId PENSIONS = new QueueId("insurance-pensions");
    private static final QueueId EQUALITY = new QueueId("equality");
    private static final AgentId AGENT = new AgentId("agent01");

    private EntityManager em;
    private JpaCallRecords records;

    /** Returns the factory for the database under test. */
    abstract EntityManagerFactory factory();

    @BeforeEach
    void begin() {
        em = factory().createEntityManager();
        em.getTransaction().begin();
        for (String entity : List.of("CallRecordEntity", "AgentStateEntity", "CallLegEntity")) {
            em.createQuery("DELETE FROM " + entity).executeUpdate();
        }
        records = new JpaCallRecords(em);
    }

    @AfterEach
    void rollBack() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    @Test
    void theDaySummerTimeStartsHas92QuarterHoursAndEachCallIsInTheOneItWaitedIn() {
        answered("before", PENSIONS, Instant.parse("2026-03-29T00:59:59Z"), 10, 100, 20);
        answered("after", PENSIONS, Instant.parse("2026-03-29T01:00:00Z"), 30, 200, 40);
        commit();

        ReportView r = report(Granularity.QUARTER_HOUR, "2026-03-29", "2026-03-29");

        assertThat(r.rows()).hasSize(92);
        assertThat(r.rows().get(11).label()).isEqualTo("2026-03-29T02:45+02:00");
        assertThat(r.rows().get(11).figures().offered()).isEqualTo(1);
        assertThat(r.rows().get(12).label()).as("03:00 does not exist that night").isEqualTo("2026-03-29T04:00+03:00");
        assertThat(r.rows().get(12).figures().offered()).isEqualTo(1);
        assertThat(r.total().offered()).isEqualTo(2);
        assertThat(r.total().answeredWithinThreshold()).as("20 s, the queue's default").isEqualTo(1);
        assertThat(r.total().averageSpeedOfAnswerSeconds()).isEqualTo(20.0);
        assertThat(r.total().averageTalkSeconds()).isEqualTo(150.0);
        assertThat(r.total().averageAfterCallWorkSeconds()).isEqualTo(30.0);
        assertThat(r.total().averageHandlingSeconds()).isEqualTo(180.0);
    }

    @Test
    void theNightClocksGoBackHas100QuarterHoursAndTwoOfThemStartAtThree() {
        answered("first-0300", PENSIONS, Instant.parse("2026-10-25T00:05:00Z"), 5, 60, 10);
        answered("second-0300", PENSIONS, Instant.parse("2026-10-25T01:05:00Z"), 5, 60, 10);
        commit();

        ReportView r = report(Granularity.HALF_HOUR, "2026-10-25", "2026-10-25");

        assertThat(report(Granularity.QUARTER_HOUR, "2026-10-25", "2026-10-25").rows()).hasSize(100);
        assertThat(r.rows()).hasSize(50);
        assertThat(r.rows()).filteredOn(row -> row.figures().offered() == 1).extracting(ReportView.Row::label)
                .containsExactly("2026-10-25T03:00+03:00", "2026-10-25T03:00+02:00");
    }

    @Test
    void daysAndMonthsAreAthensOnesWhateverTheOffset() {
        answered("sat-late", PENSIONS, Instant.parse("2026-03-28T21:59:00Z"), 5, 60, 10); // 23:59 on the 28th
        answered("sun-early", PENSIONS, Instant.parse("2026-03-28T22:01:00Z"), 5, 60, 10); // 00:01 on the 29th
        answered("mon-early", PENSIONS, Instant.parse("2026-03-29T21:01:00Z"), 5, 60, 10); // 00:01 on the 30th (+3)
        answered("october-last", PENSIONS, Instant.parse("2026-10-31T21:30:00Z"), 5, 60, 10); // 23:30, +02:00
        answered("november-first", PENSIONS, Instant.parse("2026-10-31T22:30:00Z"), 5, 60, 10); // 00:30 on 1 Nov
        commit();

        assertThat(report(Granularity.DAY, "2026-03-28", "2026-03-30").rows())
                .extracting(row -> row.label() + "=" + row.figures().offered())
                .containsExactly("2026-03-28=1", "2026-03-29=1", "2026-03-30=1");
        ReportView months = report(Granularity.MONTH, "2026-03-01", "2026-11-30");
        assertThat(months.rows()).extracting(row -> row.label() + "=" + row.figures().answered())
                .containsExactly("2026-03=3", "2026-04=0", "2026-05=0", "2026-06=0", "2026-07=0", "2026-08=0",
                        "2026-09=0", "2026-10=1", "2026-11=1");
        assertThat(months.monthlyAnsweredTarget()).isEqualTo(351_500);
        assertThat(months.rows().get(0).targetPercent()).isEqualTo(0.0);
    }

    @Test
    void abandonsShortAbandonsCallbacksAndTransfersAreCountedApartAndTheServiceLevelLeavesShortOnesOut() {
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        answered("quick", PENSIONS, t, 10, 100, 20);
        answered("slow", PENSIONS, t.plusSeconds(60), 50, 100, 20);
        records.apply(new CallCentreEvent.HoldEnded(t.plusSeconds(150), new CallId("slow"), AGENT,
                Duration.ofSeconds(30)));
        abandoned("gave-up-soon", PENSIONS, t.plusSeconds(120), 3);
        abandoned("gave-up-within", PENSIONS, t.plusSeconds(130), 15);
        abandoned("gave-up-late", PENSIONS, t.plusSeconds(140), 90);
        Call callback = call("called-back", t.plusSeconds(150));
        records.apply(new CallCentreEvent.CallQueued(t.plusSeconds(150), callback.id(), PENSIONS, Priority.NORMAL, 1));
        records.apply(new CallCentreEvent.CallbackRequested(t.plusSeconds(200), callback.id(), PENSIONS,
                new PhoneNumber("2101234567")));
        records.apply(new CallCentreEvent.CallConnected(t.plusSeconds(900), callback.id(), AGENT,
                Duration.ofSeconds(750)));
        records.apply(new CallCentreEvent.CallTransferred(t.plusSeconds(1000), callback.id(), AGENT,
                new TransferTarget.ToQueue(EQUALITY)));
        answered("equality", EQUALITY, t, 5, 60, 10);
        commit();

        Measures m = report(Granularity.DAY, "2026-03-02", "2026-03-02").total();

        assertThat(m.offered()).isEqualTo(7);
        assertThat(m.answered()).as("the callback apart").isEqualTo(3);
        assertThat(m.answeredWithinThreshold()).isEqualTo(2);
        assertThat(m.abandoned()).isEqualTo(2);
        assertThat(m.shortAbandoned()).isEqualTo(1);
        assertThat(m.callbacksRequested()).isEqualTo(1);
        assertThat(m.callbacksCompleted()).isEqualTo(1);
        assertThat(m.transfers()).isEqualTo(1);
        assertThat(m.serviceLevelPercent()).as("2 in time of 3 answered and 2 abandoned").isEqualTo(40.0);
        assertThat(m.averageSpeedOfAnswerSeconds()).as("the callback's wait apart").isEqualTo(21.7);
        assertThat(m.averageTalkSeconds()).as("(100 + 100 + 60 - 30 on hold) / 3").isEqualTo(76.7);
        assertThat(m.averageHoldSeconds()).isEqualTo(10.0);
        assertThat(m.averageHandlingSeconds()).as("talk, hold and 50 s of after-call work over 3").isEqualTo(103.3);
        ReportView pensions = report(Granularity.DAY, "2026-03-02", "2026-03-02",
                Optional.of(MinistryOfLabourLine.INSURANCE_PENSIONS), Optional.empty());
        assertThat(pensions.total().offered()).isEqualTo(6);
        ReportView equalityBody = report(Granularity.DAY, "2026-03-02", "2026-03-02", Optional.empty(),
                Optional.of(new OrganisationId("gsgedv")));
        assertThat(equalityBody.total().offered()).as("equality and the complaints are gsgedv's").isEqualTo(1);
        assertThat(pensions.topics()).filteredOn(g -> g.id().equals("insurance-pensions"))
                .extracting(g -> g.figures().offered()).containsExactly(6L);
        assertThat(pensions.bodies()).extracting(ReportView.Group::id).startsWith("e-efka", "dypa");
    }

    @Test
    void occupancyIsBusyTimeOverBusyAndAvailableTimeSplitAtTheIntervals() {
        Instant t = Instant.parse("2026-03-02T06:00:00Z"); // 08:00 in Athens
        state(t, AgentState.available());
        state(t.plusSeconds(600), new AgentState.Talking(new CallId("c")));
        state(t.plusSeconds(2400), new AgentState.WrapUp(new CallId("c")));
        state(t.plusSeconds(2700), new AgentState.OnBreak(new BreakReason("meal")));
        state(t.plusSeconds(4500), AgentState.available());
        commit();

        Instant now = t.plusSeconds(5400);
        ReportView r = report(Granularity.QUARTER_HOUR, "2026-03-02", "2026-03-02", Optional.empty(), now);

        // 08:00 in Athens is the 33rd quarter hour; a break is neither busy nor available; nothing after now.
        assertThat(r.rows().subList(32, 39)).extracting(row -> row.figures().occupancyPercent())
                .containsExactly(33.3, 100.0, 100.0, null, null, 0.0, null);
        assertThat(r.total().occupancyPercent()).as("35 busy of 60 minutes").isEqualTo(58.3);
        ReportView day = report(Granularity.DAY, "2026-03-02", "2026-03-02", Optional.empty(), now);
        assertThat(day.total().occupancyPercent()).isEqualTo(r.total().occupancyPercent());
        assertThat(report(Granularity.DAY, "2026-03-02", "2026-03-02", Optional.of(new OrganisationId("dypa")), now)
                .total().occupancyPercent()).as("agent01 is e-EFKA's").isNull();
        assertThat(day.bodies()).filteredOn(g -> g.id().equals("e-efka")).extracting(g -> g.figures()
                .occupancyPercent()).containsExactly(58.3);
    }

    private ReportView report(Granularity granularity, String first, String last) {
        return report(granularity, first, last, Optional.empty(), Optional.empty());
    }

    private ReportView report(Granularity granularity, String first, String last, Optional<TopicId> topic,
                              Optional<OrganisationId> body) {
        return report(granularity, first, last, topic, body, LocalDate.parse(last).plusDays(1).atStartOfDay(ATHENS)
                .toInstant());
    }

    private ReportView report(Granularity granularity, String first, String last, Optional<OrganisationId> body,
                              Instant now) {
        return report(granularity, first, last, Optional.empty(), body, now);
    }

    private ReportView report(Granularity granularity, String first, String last, Optional<TopicId> topic,
                              Optional<OrganisationId> body, Instant now) {
        return new ReportMaker(MinistryOfLabourLine.configuration(), new JpaReports(em)).make(new ReportRequest(
                new ReportPeriod(granularity, ATHENS, LocalDate.parse(first), LocalDate.parse(last)),
                Optional.empty(), topic, body, Optional.empty()), now);
    }

    private void answered(String id, QueueId queue, Instant queued, long wait, long talk, long wrap) {
        Call call = call(id, queued);
        records.apply(new CallCentreEvent.CallQueued(queued, call.id(), queue, Priority.NORMAL, 1));
        Instant connected = queued.plusSeconds(wait);
        records.apply(new CallCentreEvent.CallConnected(connected, call.id(), AGENT, Duration.ofSeconds(wait)));
        records.apply(new CallCentreEvent.CallEnded(connected.plusSeconds(talk), call.id(), "caller hung up"));
        records.apply(new CallCentreEvent.WrapUpEnded(connected.plusSeconds(talk + wrap), AGENT, call.id(),
                Duration.ofSeconds(wrap)));
    }

    private void abandoned(String id, QueueId queue, Instant queued, long wait) {
        Call call = call(id, queued);
        records.apply(new CallCentreEvent.CallQueued(queued, call.id(), queue, Priority.NORMAL, 1));
        records.apply(new CallCentreEvent.CallAbandoned(queued.plusSeconds(wait), call.id(), queue,
                Duration.ofSeconds(wait)));
    }

    private Call call(String id, Instant at) {
        Call call = Call.inbound(new CallId(id), MinistryOfLabourLine.MAIN, CallerId.of(new PhoneNumber("2101234567")),
                Language.GREEK, at);
        records.apply(new CallCentreEvent.CallArrived(at, call));
        return call;
    }

    private void state(Instant at, AgentState to) {
        records.apply(new CallCentreEvent.AgentStateChanged(at, AGENT, AgentState.loggedOut(), to));
    }

    private void commit() {
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
    }
}
