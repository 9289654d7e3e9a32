package org.govcc.reference.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.agent.Disposition;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.EndReason;
import org.govcc.api.call.Language;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TransferTarget;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database under {@link JpaCallRecords} must do; each database's test extends it and supplies the
 * entity-manager factory. Each test writes, commits, and reads back from a cleared persistence context.
 */
abstract class CallRecordsContract {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final PhoneNumber NUMBER = new PhoneNumber("2101234567");
    private static final QueueId PENSIONS = new QueueId("insurance-pensions");

    private EntityManager em;
    private JpaCallRecords records;

    /** Returns the factory for the database under test. */
    abstract EntityManagerFactory factory();

    @BeforeEach
    void begin() {
        em = factory().createEntityManager();
        em.getTransaction().begin();
        em.createQuery("DELETE FROM CallRecordEntity").executeUpdate();
        em.createQuery("DELETE FROM AgentStateEntity").executeUpdate();
        em.createQuery("DELETE FROM CallLegEntity").executeUpdate();
        records = new JpaCallRecords(em, queue -> queue.equals(PENSIONS) ? Optional.of("information-given")
                : Optional.empty());
    }

    @AfterEach
    void rollBack() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    @Test
    void aCallAnsweredByAnAgentKeepsItsWholeStory() {
        Call call = arrival("c-1", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(T0, call));
        records.apply(new CallCentreEvent.IvrFinished(at(20), call.id(), new IvrOutcome.Queue(
                MinistryOfLabourLine.INSURANCE_PENSIONS, Optional.empty(), CallVariables.empty())));
        records.apply(new CallCentreEvent.CallQueued(at(20), call.id(), PENSIONS, Priority.NORMAL, 3));
        records.apply(new CallCentreEvent.CallConnected(at(65), call.id(), new AgentId("agent-07"),
                Duration.ofSeconds(45)));
        records.apply(new CallCentreEvent.CallEnded(at(300), call.id(), "agent hung up"));
        commitAndClear();

        CallRecord r = records.find(call.id()).orElseThrow();
        assertThat(r.firstSeen()).isEqualTo(T0);
        assertThat(r.line()).contains(MinistryOfLabourLine.MAIN);
        assertThat(r.caller()).contains(NUMBER);
        assertThat(r.ivrOutcome()).contains("Queue");
        assertThat(r.queue()).contains(PENSIONS);
        assertThat(r.agent()).contains(new AgentId("agent-07"));
        assertThat(r.waited()).contains(Duration.ofSeconds(45));
        assertThat(r.abandoned()).isFalse();
        assertThat(r.rejectedReason()).isEmpty();
        assertThat(r.endedAt()).contains(at(300));
        assertThat(r.endReason()).contains("agent hung up");
        assertThat(r.endCause()).contains(CallEndCause.ENDED);
    }

    @Test
    void theAgentsTalkWrapUpAndCodeAreKeptWithTheQueuesDefaultWhenTheTimeRanOut() {
        Call coded = arrival("c-w1", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        Call timedOut = arrival("c-w2", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        for (Call call : new Call[] {coded, timedOut}) {
            records.apply(new CallCentreEvent.CallArrived(T0, call));
            records.apply(new CallCentreEvent.CallQueued(at(20), call.id(), PENSIONS, Priority.NORMAL, 1));
            records.apply(new CallCentreEvent.CallConnected(at(30), call.id(), new AgentId("agent-07"),
                    Duration.ofSeconds(10)));
            records.apply(new CallCentreEvent.CallEnded(at(210), call.id(), "caller hung up"));
        }
        records.apply(new CallCentreEvent.WrapUpEnded(at(250), new AgentId("agent-07"), coded.id(),
                Duration.ofSeconds(40), Optional.of(new Disposition("resolved"))));
        records.apply(new CallCentreEvent.WrapUpEnded(at(270), new AgentId("agent-07"), timedOut.id(),
                Duration.ofSeconds(60)));
        commitAndClear();

        CallRecord.AgentWork work = records.find(coded.id()).orElseThrow().work();
        assertThat(work.talk()).contains(Duration.ofSeconds(180));
        assertThat(work.wrapUp()).contains(Duration.ofSeconds(40));
        assertThat(work.wrapUpCode()).contains("resolved");
        assertThat(records.find(timedOut.id()).orElseThrow().work().wrapUpCode()).contains("information-given");
    }

    @Test
    void everyHoldOfTheCallerIsSummedIntoTheRecordAndACallNeverHeldHasNone() {
        Call held = arrival("c-h1", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        Call never = arrival("c-h2", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        AgentId agent = new AgentId("agent-07");
        for (Call call : new Call[] {held, never}) {
            records.apply(new CallCentreEvent.CallArrived(T0, call));
            records.apply(new CallCentreEvent.CallConnected(at(30), call.id(), agent, Duration.ofSeconds(10)));
        }
        records.apply(new CallCentreEvent.CallHeld(at(40), held.id(), agent));
        records.apply(new CallCentreEvent.HoldEnded(at(65), held.id(), agent, Duration.ofSeconds(25)));
        records.apply(new CallCentreEvent.CallHeld(at(100), held.id(), agent));
        records.apply(new CallCentreEvent.HoldEnded(at(112), held.id(), agent, Duration.ofMillis(12_345)));
        for (Call call : new Call[] {held, never}) {
            records.apply(new CallCentreEvent.CallEnded(at(150), call.id(), "caller hung up"));
        }
        commitAndClear();

        CallRecord.AgentWork work = records.find(held.id()).orElseThrow().work();
        assertThat(work.hold()).isEqualTo(Duration.ofMillis(25_000 + 12_345));
        assertThat(work.holds()).isEqualTo(2);
        assertThat(work.talk()).as("talk counts the holds in").contains(Duration.ofSeconds(120));
        CallRecord.AgentWork none = records.find(never.id()).orElseThrow().work();
        assertThat(none.hold()).isZero();
        assertThat(none.holds()).isZero();
    }

    @Test
    void aTransferredCallHasALegPerAgentAndItsTalkIsTheirSum() {
        Call call = arrival("c-t", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(T0, call));
        records.apply(new CallCentreEvent.CallQueued(at(10), call.id(), PENSIONS, Priority.NORMAL, 1));
        records.apply(new CallCentreEvent.CallConnected(at(20), call.id(), new AgentId("agent-01"),
                Duration.ofSeconds(10)));
        records.apply(new CallCentreEvent.CallTransferred(at(80), call.id(), new AgentId("agent-01"),
                new TransferTarget.ToQueue(PENSIONS)));
        records.apply(new CallCentreEvent.CallConnected(at(100), call.id(), new AgentId("agent-02"),
                Duration.ofSeconds(20)));
        records.apply(new CallCentreEvent.CallEnded(at(190), call.id(), "caller hung up"));
        commitAndClear();

        CallRecord r = records.find(call.id()).orElseThrow();
        assertThat(r.agent()).contains(new AgentId("agent-02"));
        assertThat(r.waited()).as("the wait for the first answer").contains(Duration.ofSeconds(10));
        assertThat(r.work().talk()).contains(Duration.ofSeconds(60 + 90));
        assertThat(records.legsOf(call.id())).containsExactly(
                new CallLeg(new AgentId("agent-01"), at(20), Optional.of(at(80)), true),
                new CallLeg(new AgentId("agent-02"), at(100), Optional.of(at(190)), false));
    }

    @Test
    void everyStateAnAgentEntersIsAppendedToTheirHistory() {
        AgentId agent = new AgentId("agent-07");
        records.apply(new CallCentreEvent.AgentStateChanged(at(1), agent, AgentState.loggedOut(),
                new AgentState.OnBreak(BreakReason.SIGNED_IN)));
        records.apply(new CallCentreEvent.AgentStateChanged(at(2), agent, new AgentState.OnBreak(BreakReason.SIGNED_IN),
                AgentState.available()));
        records.apply(new CallCentreEvent.AgentStateChanged(at(3), agent, AgentState.available(),
                new AgentState.Reserved(new CallId("c-h"))));
        commitAndClear();

        var rows = em.createNativeQuery("SELECT AGENT_ID, STATE, REASON, CALL_ID FROM GOVCC_AGENT_STATE ORDER BY AT")
                .getResultList();
        assertThat(rows).hasSize(3);
        assertThat((Object[]) rows.get(0)).containsExactly("agent-07", "ON_BREAK", "signed-in", null);
        assertThat((Object[]) rows.get(1)).containsExactly("agent-07", "AVAILABLE", null, null);
        assertThat((Object[]) rows.get(2)).containsExactly("agent-07", "RESERVED", null, "c-h");
    }

    @Test
    void anAnonymisedArrivalStoresNoNumber() {
        Call call = arrival("c-2", MinistryOfLabourLine.COMPLAINTS, CallerId.of(NUMBER)).anonymised();
        records.apply(new CallCentreEvent.CallArrived(T0, call));
        commitAndClear();

        CallRecord r = records.find(call.id()).orElseThrow();
        assertThat(r.line()).contains(MinistryOfLabourLine.COMPLAINTS);
        assertThat(r.caller()).isEmpty();
        Object stored = em.createNativeQuery("SELECT CALLER_NUMBER FROM GOVCC_CALL_RECORD WHERE CALL_ID = 'c-2'")
                .getSingleResult();
        assertThat(stored).as("nothing in the column either").isNull();
    }

    @Test
    void aSealedLinesCallersHashIsStoredInsteadOfTheirNumberAndLinksTheirCalls() {
        CallerId hashed = CallerId.pseudonymous("v1:" + "ab".repeat(32));
        records.apply(new CallCentreEvent.CallArrived(T0, arrival("s-1", MinistryOfLabourLine.COMPLAINTS, hashed)));
        records.apply(new CallCentreEvent.CallArrived(T0.plusSeconds(60), arrival("s-2",
                MinistryOfLabourLine.COMPLAINTS, hashed.withoutNumber())));
        commitAndClear();

        assertThat(records.find(new CallId("s-1")).orElseThrow().callerHash()).contains(hashed.pseudonym().get());
        assertThat(records.find(new CallId("s-2")).orElseThrow().caller()).isEmpty();
        Object linked = em.createNativeQuery("SELECT COUNT(*) FROM GOVCC_CALL_RECORD WHERE CALLER_HASH = ?1"
                + " AND CALLER_NUMBER IS NULL").setParameter(1, hashed.pseudonym().get()).getSingleResult();
        assertThat(((Number) linked).intValue()).isEqualTo(2);
    }

    @Test
    void aRecordCarriesTheEndOfItsLinesRetentionAndThePurgeDeletesByIt() {
        JpaCallRecords kept = new JpaCallRecords(em, queue -> Optional.empty(), new CallRetention(Map.of(
                MinistryOfLabourLine.MAIN, Duration.ofDays(30), MinistryOfLabourLine.COMPLAINTS, Duration.ofDays(3))));
        kept.apply(new CallCentreEvent.CallArrived(T0, arrival("r-main", MinistryOfLabourLine.MAIN,
                CallerId.of(NUMBER))));
        kept.apply(new CallCentreEvent.CallArrived(T0, arrival("r-complaint", MinistryOfLabourLine.COMPLAINTS,
                CallerId.anonymous())));
        kept.apply(new CallCentreEvent.CallRejected(T0, new CallId("r-refused"), "admission limit 150 reached"));
        commitAndClear();
        Object until = em.createNativeQuery("SELECT COUNT(*) FROM GOVCC_CALL_RECORD WHERE RETAIN_UNTIL IS NOT NULL")
                .getSingleResult();
        assertThat(((Number) until).intValue()).isEqualTo(3);

        // The purge is told a longer retention than the records were written with: what they carry counts.
        int erased = records.eraseExpired(Map.of(MinistryOfLabourLine.MAIN, Duration.ofDays(365),
                MinistryOfLabourLine.COMPLAINTS, Duration.ofDays(365)), T0.plus(Duration.ofDays(4)));
        commitAndClear();

        assertThat(erased).isEqualTo(2);
        assertThat(records.find(new CallId("r-main"))).as("30 days not over").isPresent();
        assertThat(records.find(new CallId("r-complaint"))).as("past its 3 days").isEmpty();
        assertThat(records.find(new CallId("r-refused"))).as("no line: the shortest, 3 days").isEmpty();
    }

    @Test
    void aCallRefusedAtTheDoorIsRecordedAsEndedThere() {
        records.apply(new CallCentreEvent.CallRejected(T0, new CallId("c-3"), "admission limit 150 reached"));
        commitAndClear();

        CallRecord r = records.find(new CallId("c-3")).orElseThrow();
        assertThat(r.rejectedReason()).contains("admission limit 150 reached");
        assertThat(r.endedAt()).contains(T0);
        assertThat(r.endReason()).contains("refused at the door: admission limit 150 reached");
        assertThat(r.endCause()).contains(CallEndCause.REFUSED);
        assertThat(r.line()).isEmpty();
    }

    @Test
    void aCallerWhoGivesUpWhileWaitingIsAnAbandonedCall() {
        Call call = arrival("c-4", MinistryOfLabourLine.MAIN, CallerId.anonymous());
        records.apply(new CallCentreEvent.CallArrived(T0, call));
        records.apply(new CallCentreEvent.CallQueued(at(15), call.id(), PENSIONS, Priority.NORMAL, 9));
        records.apply(new CallCentreEvent.CallAbandoned(at(105), call.id(), PENSIONS, Duration.ofSeconds(90)));
        records.apply(new CallCentreEvent.CallEnded(at(105), call.id(), "caller hung up"));
        commitAndClear();

        CallRecord r = records.find(call.id()).orElseThrow();
        assertThat(r.abandoned()).isTrue();
        assertThat(r.waited()).contains(Duration.ofSeconds(90));
        assertThat(r.agent()).isEmpty();
        assertThat(r.caller()).isEmpty();
    }

    @Test
    void aCallbackRequestKeepsItsNumberUntilTheCallbackEnds() {
        Call call = arrival("c-5", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(T0, call));
        records.apply(new CallCentreEvent.CallbackRequested(at(30), call.id(), PENSIONS,
                new PhoneNumber("6912345678")));
        commitAndClear();

        CallRecord r = records.find(call.id()).orElseThrow();
        assertThat(r.callbackRequested()).isTrue();
        assertThat(r.queue()).contains(PENSIONS);
        assertThat(r.caller()).contains(NUMBER);
        assertThat(records.pendingCallbacks()).singleElement().satisfies(cb -> {
            assertThat(cb.number()).isEqualTo(new PhoneNumber("6912345678"));
            assertThat(cb.queue()).isEqualTo(PENSIONS);
            assertThat(cb.line()).isEqualTo(MinistryOfLabourLine.MAIN);
            assertThat(cb.requestedAt()).isEqualTo(T0);
        });

        records.apply(new CallCentreEvent.CallEnded(at(900), call.id(), "callback failed after 3 attempts: busy"));
        commitAndClear();
        assertThat(records.pendingCallbacks()).isEmpty();
        assertThat(em.createNativeQuery("SELECT CALLBACK_NUMBER FROM GOVCC_CALL_RECORD WHERE CALL_ID = 'c-5'")
                .getSingleResult()).as("the number to call is dropped once the callback ended").isNull();
    }

    @Test
    void aWaitingCallbackOutlivesAStopWhileOneTalkingToAnAgentIsInterrupted() {
        Call waiting = arrival("cb-waiting", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(T0, waiting));
        records.apply(new CallCentreEvent.IvrFinished(at(20), waiting.id(), new IvrOutcome.Callback(
                MinistryOfLabourLine.INSURANCE_PENSIONS, Optional.empty(),
                CallVariables.empty().with("language", "en"))));
        records.apply(new CallCentreEvent.CallbackRequested(at(30), waiting.id(), PENSIONS, NUMBER));
        Call talking = arrival("cb-talking", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(at(5), talking));
        records.apply(new CallCentreEvent.CallbackRequested(at(40), talking.id(), PENSIONS, NUMBER));
        records.apply(new CallCentreEvent.CallConnected(at(60), talking.id(), new AgentId("agent-07"),
                Duration.ofSeconds(20)));
        commitAndClear();

        assertThat(records.closeInterrupted()).isEqualTo(1);
        commitAndClear();

        assertThat(records.find(talking.id()).orElseThrow().endCause()).contains(CallEndCause.INTERRUPTED);
        assertThat(records.find(waiting.id()).orElseThrow().endedAt()).isEmpty();
        assertThat(records.pendingCallbacks()).singleElement().satisfies(cb -> {
            assertThat(cb.call()).isEqualTo(waiting.id());
            assertThat(cb.language()).as("the IVR's last language").contains(Language.ENGLISH);
        });
        records.closeCallback(waiting.id(), at(100), "its queue is gone");
        commitAndClear();
        assertThat(records.find(waiting.id()).orElseThrow().endCause()).contains(CallEndCause.INTERRUPTED);
        assertThat(records.pendingCallbacks()).isEmpty();
    }

    @Test
    void aConsentedCallbackKeepsOnlyItsSealedNumberAndWindowUntilItEndsAndOutlivesAStop() {
        QueueId complaints = new QueueId("harassment-complaints");
        Call callback = Call.inbound(new CallId("cb-sealed"), MinistryOfLabourLine.COMPLAINTS, CallerId.anonymous(),
                Language.ENGLISH, at(30));
        SealedNumber sealed = new SealedNumber("R1MBAAGsealedNumberToken0123456789");
        CallbackWindow window = new CallbackWindow(at(3600), at(7200));
        records.apply(new CallCentreEvent.CallbackScheduled(at(30), callback, complaints, sealed, window));
        commitAndClear();

        assertThat(records.closeInterrupted()).as("a waiting callback is not cut off by a stop").isZero();
        CallRecord r = records.find(callback.id()).orElseThrow();
        assertThat(r.line()).contains(MinistryOfLabourLine.COMPLAINTS);
        assertThat(r.callbackRequested()).isTrue();
        assertThat(r.caller()).isEmpty();
        assertThat(records.pendingCallbacks()).as("not one to dial in clear").isEmpty();
        assertThat(records.pendingSealedCallbacks()).singleElement().satisfies(cb -> {
            assertThat(cb.number()).isEqualTo(sealed);
            assertThat(cb.window()).isEqualTo(window);
            assertThat(cb.queue()).isEqualTo(complaints);
            assertThat(cb.language()).contains(Language.ENGLISH);
            assertThat(cb.requestedAt()).isEqualTo(at(30));
        });

        records.apply(new CallCentreEvent.CallEnded(at(7200), callback.id(), "callback given up"));
        commitAndClear();
        assertThat(records.pendingSealedCallbacks()).isEmpty();
        assertThat(em.createNativeQuery("SELECT CALLBACK_SEALED FROM GOVCC_CALL_RECORD WHERE CALL_ID = 'cb-sealed'")
                .getSingleResult()).as("even the sealed number goes once the callback ended").isNull();
    }

    @Test
    void whyACallEndedIsKeptAsItsTypesCodeBesideTheWords() {
        Call served = arrival("c-ends", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(T0, served));
        records.apply(new CallCentreEvent.CallEnded(at(60), served.id(), "agent hung up", EndReason.AGENT_HUNG_UP));
        records.apply(new CallCentreEvent.CallEnded(at(61), served.id(), "late duplicate", EndReason.OTHER));
        Call older = arrival("c-words", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(T0, older));
        records.apply(new CallCentreEvent.CallEnded(at(60), older.id(), "ended as an older line says it"));
        commitAndClear();

        assertThat(records.find(served.id()).orElseThrow().endKind()).as("the first end counts")
                .contains(EndReason.AGENT_HUNG_UP);
        assertThat(em.createNativeQuery("SELECT END_CODE FROM GOVCC_CALL_RECORD WHERE CALL_ID = 'c-ends'")
                .getSingleResult()).isEqualTo("agent-hung-up");
        assertThat(records.find(older.id()).orElseThrow().endKind()).contains(EndReason.OTHER);
        assertThat(records.closeInterrupted()).isZero();
    }

    @Test
    void eventsOfACallNeverSeenArrivingStillMakeARecord() {
        records.apply(new CallCentreEvent.CallQueued(at(10), new CallId("c-6"), PENSIONS, Priority.NORMAL, 1));
        commitAndClear();

        CallRecord r = records.find(new CallId("c-6")).orElseThrow();
        assertThat(r.firstSeen()).isEqualTo(at(10));
        assertThat(r.queue()).contains(PENSIONS);
        assertThat(r.line()).isEmpty();
    }

    @Test
    void aSecondEndDoesNotMoveTheFirst() {
        records.apply(new CallCentreEvent.CallEnded(at(60), new CallId("c-7"), "ended by the IVR: closed"));
        records.apply(new CallCentreEvent.CallEnded(at(61), new CallId("c-7"), "caller hung up"));
        commitAndClear();

        CallRecord r = records.find(new CallId("c-7")).orElseThrow();
        assertThat(r.endedAt()).contains(at(60));
        assertThat(r.endReason()).contains("ended by the IVR: closed");
    }

    @Test
    void anOverLongReasonIsCutToItsColumnInsteadOfFailingTheBatch() {
        records.apply(new CallCentreEvent.CallRejected(T0, new CallId("c-8"), "r".repeat(800)));
        records.apply(new CallCentreEvent.CallEnded(at(1), new CallId("c-9"), "e".repeat(800)));
        commitAndClear();

        assertThat(records.find(new CallId("c-8")).orElseThrow().rejectedReason()).contains("r".repeat(500));
        assertThat(records.find(new CallId("c-9")).orElseThrow().endReason()).contains("e".repeat(500));
    }

    @Test
    void recordsOfAPeriodComeOldestFirstAndAgentEventsMakeNone() {
        records.apply(new CallCentreEvent.CallArrived(at(120), arrival("c-b", MinistryOfLabourLine.MAIN,
                CallerId.anonymous())));
        records.apply(new CallCentreEvent.CallArrived(at(60), arrival("c-a", MinistryOfLabourLine.MAIN,
                CallerId.anonymous())));
        records.apply(new CallCentreEvent.CallArrived(at(3600), arrival("c-c", MinistryOfLabourLine.MAIN,
                CallerId.anonymous())));
        records.apply(new CallCentreEvent.AgentStateChanged(at(70), new AgentId("agent-07"),
                AgentState.loggedOut(), AgentState.available()));
        commitAndClear();

        assertThat(records.firstSeenBetween(T0, at(3600))).extracting(r -> r.call().value())
                .containsExactly("c-a", "c-b");
        assertThat(records.firstSeenBetween(T0, at(7200))).hasSize(3);
        assertThat(records.find(new CallId("agent-07"))).isEmpty();
    }

    @Test
    void recordsPastTheirLinesRetentionAreErasedAndTheOthersKept() {
        records.apply(new CallCentreEvent.CallArrived(T0, arrival("main-new", MinistryOfLabourLine.MAIN,
                CallerId.of(NUMBER))));
        records.apply(new CallCentreEvent.CallArrived(T0.minus(Duration.ofDays(40)), arrival("main-old",
                MinistryOfLabourLine.MAIN, CallerId.of(NUMBER))));
        records.apply(new CallCentreEvent.CallArrived(T0, arrival("complaint", MinistryOfLabourLine.COMPLAINTS,
                CallerId.anonymous())));
        records.apply(new CallCentreEvent.CallRejected(T0, new CallId("refused"), "admission limit 150 reached"));
        commitAndClear();

        int erased = records.eraseExpired(Map.of(MinistryOfLabourLine.MAIN, Duration.ofDays(30),
                MinistryOfLabourLine.COMPLAINTS, Duration.ofDays(10)), T0.plus(Duration.ofDays(20)));
        commitAndClear();

        assertThat(erased).isEqualTo(3);
        assertThat(records.find(new CallId("main-new"))).isPresent();
        assertThat(records.find(new CallId("main-old"))).isEmpty();
        assertThat(records.find(new CallId("complaint"))).as("past the complaint line's 10 days").isEmpty();
        assertThat(records.find(new CallId("refused"))).as("no line: the shortest retention").isEmpty();
        assertThatThrownBy(() -> records.eraseExpired(Map.of(), T0)).hasMessageContaining("no line");
    }

    @Test
    void theFiguresOfAPeriodCountEachOutcomeInTheDatabase() {
        assertThat(records.figures(T0, at(3600))).isEqualTo(new CallFigures(0, 0, 0, 0, 0, 0, 0, 0, 0));
        Call answered = arrival("answered", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(T0, answered));
        records.apply(new CallCentreEvent.CallQueued(at(20), answered.id(), PENSIONS, Priority.NORMAL, 1));
        records.apply(new CallCentreEvent.CallConnected(at(30), answered.id(), new AgentId("agent-07"),
                Duration.ofSeconds(10)));
        records.apply(new CallCentreEvent.CallEnded(at(300), answered.id(), "agent hung up"));
        Call abandoned = arrival("abandoned", MinistryOfLabourLine.MAIN, CallerId.anonymous());
        records.apply(new CallCentreEvent.CallArrived(at(1), abandoned));
        records.apply(new CallCentreEvent.CallQueued(at(20), abandoned.id(), PENSIONS, Priority.NORMAL, 2));
        records.apply(new CallCentreEvent.CallAbandoned(at(80), abandoned.id(), PENSIONS, Duration.ofSeconds(60)));
        records.apply(new CallCentreEvent.CallEnded(at(80), abandoned.id(), "caller hung up"));
        Call inIvr = arrival("in-ivr", MinistryOfLabourLine.MAIN, CallerId.anonymous());
        records.apply(new CallCentreEvent.CallArrived(at(2), inIvr));
        records.apply(new CallCentreEvent.CallEnded(at(40), inIvr.id(), "caller hung up in the IVR"));
        Call callback = arrival("callback", MinistryOfLabourLine.MAIN, CallerId.of(NUMBER));
        records.apply(new CallCentreEvent.CallArrived(at(3), callback));
        records.apply(new CallCentreEvent.CallbackRequested(at(30), callback.id(), PENSIONS, NUMBER));
        records.apply(new CallCentreEvent.CallArrived(at(4), arrival("talking", MinistryOfLabourLine.COMPLAINTS,
                CallerId.anonymous())));
        records.apply(new CallCentreEvent.CallRejected(at(5), new CallId("refused"), "admission limit 150 reached"));
        records.apply(new CallCentreEvent.CallArrived(at(7200), arrival("later", MinistryOfLabourLine.MAIN,
                CallerId.anonymous())));
        commitAndClear();

        assertThat(records.figures(T0, at(3600))).isEqualTo(new CallFigures(5, 1, 1, 3, 1, 1, 1, 2, 0));
        assertThatThrownBy(() -> records.figures(at(10), T0)).hasMessageContaining("ends before it starts");
    }

    @Test
    void callsLeftOpenByAStopAreClosedAsInterruptedAtTheLastRecordedEvent() {
        Call queued = arrival("queued", MinistryOfLabourLine.MAIN, CallerId.anonymous());
        records.apply(new CallCentreEvent.CallArrived(T0, queued));
        records.apply(new CallCentreEvent.CallQueued(at(50), queued.id(), PENSIONS, Priority.NORMAL, 1));
        Call inIvr = arrival("in-ivr", MinistryOfLabourLine.COMPLAINTS, CallerId.anonymous());
        records.apply(new CallCentreEvent.CallArrived(at(10), inIvr));
        Call ended = arrival("ended", MinistryOfLabourLine.MAIN, CallerId.anonymous());
        records.apply(new CallCentreEvent.CallArrived(at(20), ended));
        records.apply(new CallCentreEvent.CallEnded(at(90), ended.id(), "caller hung up"));
        commitAndClear();

        assertThat(records.closeInterrupted()).isEqualTo(2);
        commitAndClear();

        for (String id : new String[] {"queued", "in-ivr"}) {
            CallRecord r = records.find(new CallId(id)).orElseThrow();
            assertThat(r.endCause()).as(id).contains(CallEndCause.INTERRUPTED);
            assertThat(r.endedAt()).as("%s ends at the last event recorded before the stop", id).contains(at(90));
        }
        CallRecord r = records.find(ended.id()).orElseThrow();
        assertThat(r.endCause()).contains(CallEndCause.ENDED);
        assertThat(r.endedAt()).contains(at(90));
        assertThat(records.figures(T0, at(3600))).isEqualTo(new CallFigures(3, 0, 2, 1, 0, 0, 0, 0, 2));
        assertThat(records.closeInterrupted()).as("nothing is left open").isZero();
    }

    /**
     * The columns hold instants, not local times: in Athens the hour after 03:00 on 2026-10-25 comes twice (00:00Z
     * and 01:00Z), and each call keeps its own, to the microsecond, read back from the database and not the cache.
     */
    @Test
    void instantsKeepTheirMicrosecondsAndTheHourWhenClocksGoBack() {
        Instant first = Instant.parse("2026-10-25T00:30:00.123456789Z");
        Instant second = Instant.parse("2026-10-25T01:30:00.000001Z");
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Athens"));
        try {
            records.apply(new CallCentreEvent.CallArrived(first, Call.inbound(new CallId("first-0330"),
                    MinistryOfLabourLine.MAIN, CallerId.anonymous(), Language.GREEK, first)));
            records.apply(new CallCentreEvent.CallArrived(second, Call.inbound(new CallId("second-0330"),
                    MinistryOfLabourLine.MAIN, CallerId.anonymous(), Language.GREEK, second)));
            commitAndClear();
            factory().getCache().evictAll();

            assertThat(records.find(new CallId("first-0330")).orElseThrow().firstSeen())
                    .as("nanoseconds are truncated").isEqualTo(Instant.parse("2026-10-25T00:30:00.123456Z"));
            assertThat(records.find(new CallId("second-0330")).orElseThrow().firstSeen()).isEqualTo(second);
            assertThat(records.firstSeenBetween(Instant.parse("2026-10-25T01:00:00Z"),
                    Instant.parse("2026-10-25T02:00:00Z"))).extracting(r -> r.call().value())
                    .containsExactly("second-0330");
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> records.apply(null)).hasMessageContaining("event");
        assertThatThrownBy(() -> records.firstSeenBetween(at(10), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
        assertThat(records.find(new CallId("never-seen"))).isEqualTo(Optional.empty());
    }

    private static Call arrival(String id, org.govcc.api.call.LineId line, CallerId caller) {
        return Call.inbound(new CallId(id), line, caller, Language.GREEK, T0);
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private void commitAndClear() {
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
    }
}
