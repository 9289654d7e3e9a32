package org.govcc.reference.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CasePage;
import org.govcc.api.cases.CaseQuery;
import org.govcc.api.cases.CitizenCase;
import org.govcc.api.cases.NewCase;
import org.govcc.api.citizen.Afm;
import org.govcc.api.citizen.Amka;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database under {@link JpaCaseStore#search} must do: criteria, periods, pages and totals, all within
 * what the asker may see; each database's test extends it. Every test starts from an empty case table.
 */
abstract class CaseSearchContract {

    private static final Actor AGENT = CaseStoreContract.AGENT;
    private static final Actor SPECIALIST = CaseStoreContract.SPECIALIST;
    private static final Amka AMKA = new Amka("01018012342");
    private static final Afm AFM = new Afm("090000045");
    private static final TopicId PENSIONS = MinistryOfLabourLine.INSURANCE_PENSIONS;
    private static final TopicId EQUALITY = MinistryOfLabourLine.EQUALITY;
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private EntityManager em;
    private JpaCaseStore store;

    /** Returns the factory for the database under test. */
    abstract EntityManagerFactory factory();

    @BeforeEach
    void begin() {
        em = factory().createEntityManager();
        em.getTransaction().begin();
        for (String entity : new String[] {"RequestKeyEntity", "CaseNoteEntity", "CaseTransitionEntity",
                "CaseAuditEntity", "CaseEntity", "CallRecordEntity"}) {
            em.createQuery("DELETE FROM " + entity).executeUpdate();
        }
        store = CaseStoreContract.store(em, clock);
    }

    @AfterEach
    void rollBack() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    @Test
    void findsByAmkaByAfmAndByReferenceNewestFirst() {
        CitizenCase first = open(PENSIONS, AMKA, null);
        CitizenCase second = open(PENSIONS, AMKA, null);
        CitizenCase byAfm = open(PENSIONS, AFM, null);
        commit();

        assertThat(search(query(Optional.of(AMKA), Optional.empty(), Optional.empty())).cases())
                .extracting(CitizenCase::id).containsExactly(second.id(), first.id());
        assertThat(search(query(Optional.of(AFM), Optional.empty(), Optional.empty())).cases())
                .extracting(CitizenCase::id).containsExactly(byAfm.id());
        assertThat(search(query(Optional.empty(), Optional.of(first.reference()), Optional.empty())).cases())
                .extracting(CitizenCase::id).containsExactly(first.id());
    }

    @Test
    void findsByTheCallersNumberThroughTheCallsRecord() {
        PhoneNumber number = new PhoneNumber("2101234567");
        JpaCallRecords records = new JpaCallRecords(em);
        records.apply(new CallCentreEvent.CallArrived(T0, Call.inbound(new CallId("c-1"), MinistryOfLabourLine.MAIN,
                CallerId.of(number), Language.GREEK, T0)));
        records.apply(new CallCentreEvent.CallArrived(T0, Call.inbound(new CallId("c-2"), MinistryOfLabourLine.MAIN,
                CallerId.of(new PhoneNumber("2109999999")), Language.GREEK, T0)));
        CitizenCase fromTheCall = open(PENSIONS, null, "c-1");
        open(PENSIONS, null, "c-2");
        open(PENSIONS, null, null);
        commit();

        CasePage page = search(query(Optional.empty(), Optional.empty(), Optional.of(number)));

        assertThat(page.cases()).extracting(CitizenCase::id).containsExactly(fromTheCall.id());
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void pagesNewestFirstWithTheTotalOfAllMatches() {
        for (int i = 0; i < 5; i++) {
            open(PENSIONS, AMKA, null);
        }
        commit();

        CaseQuery firstTwo = new CaseQuery(Optional.of(AMKA), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(PENSIONS), 0, 2);
        CaseQuery last = new CaseQuery(Optional.of(AMKA), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(PENSIONS), 4, 2);
        CaseQuery beyond = new CaseQuery(Optional.of(AMKA), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(PENSIONS), 10, 2);

        CasePage one = search(firstTwo);
        assertThat(one.cases()).hasSize(2);
        assertThat(one.total()).isEqualTo(5);
        assertThat(one.cases().get(0).openedAt()).isAfter(one.cases().get(1).openedAt());
        assertThat(search(last).cases()).hasSize(1);
        assertThat(search(beyond).cases()).isEmpty();
        assertThat(search(beyond).total()).isEqualTo(5);
    }

    @Test
    void findsByOpeningPeriodFromInclusiveToExclusive() {
        CitizenCase early = open(PENSIONS, null, null);
        clock.advanceSeconds(3600);
        CitizenCase late = open(PENSIONS, null, null);
        commit();

        CasePage atTheStart = search(new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(early.openedAt()), Optional.of(late.openedAt()), Set.of(PENSIONS), 0, 10));
        CasePage fromTheLate = search(new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(late.openedAt()), Optional.empty(), Set.of(PENSIONS), 0, 10));

        assertThat(atTheStart.cases()).extracting(CitizenCase::id).containsExactly(early.id());
        assertThat(fromTheLate.cases()).extracting(CitizenCase::id).containsExactly(late.id());
    }

    @Test
    void neverFindsAnotherTopicsRequestNorCountsIt() {
        CitizenCase pensions = open(PENSIONS, AMKA, null);
        open(EQUALITY, AMKA, null);
        commit();

        CasePage page = search(query(Optional.of(AMKA), Optional.empty(), Optional.empty()));

        assertThat(page.cases()).extracting(CitizenCase::id).containsExactly(pensions.id());
        assertThat(page.total()).isEqualTo(1);
        assertThat(store.search(CaseQuery.of(Set.of(), 10), AGENT).total()).as("no topics: nothing").isZero();
    }

    @Test
    void findsSealedComplaintsForTheirReadersOnlyAndAuditsTheRead() {
        CitizenCase complaint = store.open(new NewCase(MinistryOfLabourLine.COMPLAINTS,
                MinistryOfLabourLine.HARASSMENT_COMPLAINTS, Optional.empty(), Optional.empty(), "complaint", true),
                SPECIALIST);
        commit();
        Set<TopicId> every = Set.of(PENSIONS, EQUALITY, MinistryOfLabourLine.HARASSMENT_COMPLAINTS);

        assertThat(store.search(CaseQuery.of(every, 10), AGENT).total()).isZero();
        assertThat(store.search(CaseQuery.of(Set.of(), 10), SPECIALIST).cases()).extracting(CitizenCase::id)
                .containsExactly(complaint.id());
        commit();
        assertThat(AuditTrail.using(em, CaseStoreContract.KEYS, clock).about(JpaCaseStore.auditSubject(complaint.id())))
                .extracting(r -> r.entry().user() + ":" + r.entry().action())
                .containsExactly("spec-1:CREATE", "spec-1:READ");
    }

    @Test
    void linksTheFirstRequestMadeFromACallToItsRecord() {
        JpaCallRecords records = new JpaCallRecords(em);
        CallId call = new CallId("c-linked");
        records.apply(new CallCentreEvent.CallArrived(T0, Call.inbound(call, MinistryOfLabourLine.MAIN,
                CallerId.anonymous(), Language.GREEK, T0)));
        CitizenCase first = open(PENSIONS, null, call.value());
        CitizenCase second = open(PENSIONS, null, call.value());

        assertThat(records.linkRequest(call, first.id())).isTrue();
        assertThat(records.linkRequest(call, second.id())).as("the first stays").isFalse();
        assertThat(records.linkRequest(new CallId("c-unknown"), first.id())).isFalse();
        commit();
        assertThat(records.find(call).orElseThrow().request()).contains(first.id());
    }

    private CitizenCase open(TopicId topic, CitizenIdentifier citizen, String call) {
        clock.advanceSeconds(1);
        return store.open(new NewCase(MinistryOfLabourLine.MAIN, topic, Optional.ofNullable(call).map(CallId::new),
                Optional.ofNullable(citizen), "request", false), AGENT);
    }

    private static CaseQuery query(Optional<CitizenIdentifier> citizen, Optional<String> reference,
                                   Optional<PhoneNumber> caller) {
        return new CaseQuery(citizen, reference, caller, Optional.empty(), Optional.empty(), Set.of(PENSIONS), 0, 20);
    }

    private CasePage search(CaseQuery query) {
        return store.search(query, AGENT);
    }

    private void commit() {
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
