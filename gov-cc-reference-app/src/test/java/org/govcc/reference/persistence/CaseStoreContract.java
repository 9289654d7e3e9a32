package org.govcc.reference.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CaseAccessDeniedException;
import org.govcc.api.cases.CaseStatus;
import org.govcc.api.cases.CitizenCase;
import org.govcc.api.cases.NewCase;
import org.govcc.api.cases.Referral;
import org.govcc.api.cases.StatusChange;
import org.govcc.api.citizen.Amka;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.reference.audit.AuditRecord;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.config.ServiceLine;
import org.govcc.reference.security.keys.SecretKeys;
import org.govcc.reference.security.keys.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database under {@link JpaCaseStore} must do; each database's test extends it and supplies the
 * entity-manager factory.
 */
abstract class CaseStoreContract {

    static final Actor AGENT = Actor.of("agent-7", "agent");
    static final Actor SPECIALIST = Actor.of("spec-1", "agent", MinistryOfLabourLine.COMPLAINTS_SPECIALIST_ROLE);
    static final Amka CITIZEN = new Amka("01018012342");
    /** One set of keys for every test of the class's database, so that its audit chain stays verifiable. */
    static final SecretKeys KEYS = TestKeys.random();

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);
    private EntityManager em;
    private JpaCaseStore store;

    /** Returns the factory for the database under test. */
    abstract EntityManagerFactory factory();

    @BeforeEach
    void begin() {
        em = factory().createEntityManager();
        em.getTransaction().begin();
        store = store(em, clock);
    }

    /** The store as the server makes it: the ministry's lines and topics' resolution times, Athens days. */
    static JpaCaseStore store(EntityManager em, Clock clock) {
        return new JpaCaseStore(em, clock, ZoneId.of("Europe/Athens"), policies(),
                MinistryOfLabourLine.configuration()::resolutionTime, AuditTrail.using(em, KEYS, clock));
    }

    @AfterEach
    void rollBack() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    static Map<LineId, ConfidentialityPolicy> policies() {
        return MinistryOfLabourLine.lines().stream().collect(Collectors.toMap(ServiceLine::id, ServiceLine::policy));
    }

    private CitizenCase openOnMainLine() {
        return store.open(new NewCase(MinistryOfLabourLine.MAIN, MinistryOfLabourLine.INSURANCE_PENSIONS,
                Optional.of(new CallId("call-1")), Optional.of(CITIZEN), "Pension application status", false), AGENT);
    }

    private CitizenCase openSealedComplaint() {
        return store.open(new NewCase(MinistryOfLabourLine.COMPLAINTS, MinistryOfLabourLine.HARASSMENT_COMPLAINTS,
                Optional.empty(), Optional.empty(), "Harassment by a supervisor", true), SPECIALIST);
    }

    private void commitAndReopen() {
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
    }

    @Test
    void opensACaseWithAReferenceItsFirstHistoryEntryAndItsTopicsDueDate() {
        CitizenCase opened = openOnMainLine();

        assertThat(opened.status()).isEqualTo(CaseStatus.NEW);
        assertThat(opened.reference()).matches("2026-\\d{6}");
        assertThat(opened.id().value()).matches("C\\d+");
        assertThat(opened.history()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEmpty();
            assertThat(t.to()).isEqualTo(CaseStatus.NEW);
            assertThat(t.actor()).isEqualTo("agent-7");
        });
        assertThat(opened.openedAt()).isEqualTo(clock.instant());
        // Insurance and pensions: 50 calendar days from Saturday 28 November, late from midnight after 17 January.
        assertThat(opened.dueAt()).isEqualTo(Instant.parse("2027-01-17T22:00:00Z"));
        assertThat(opened.breachedAt(clock.instant())).isFalse();
        commitAndReopen();
        assertThat(store.find(opened.id(), AGENT).orElseThrow().dueAt()).isEqualTo(opened.dueAt());
    }

    @Test
    void keepsAReferralsBodyAndReferenceInTheHistoryAndReopensAResolvedRequest() {
        CitizenCase opened = openOnMainLine();
        Referral inspectorate = new Referral("labour-inspectorate", "SEPE-2026/881");
        store.transition(opened.id(), StatusChange.referral(inspectorate, "an employer's matter"), AGENT);
        commitAndReopen();

        CitizenCase referred = store.find(opened.id(), AGENT).orElseThrow();
        assertThat(referred.status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(referred.referral()).contains(inspectorate);
        assertThat(referred.history().get(1).referral()).contains(inspectorate);

        store.transition(opened.id(), CaseStatus.RESOLVED, "the inspectorate answered", AGENT);
        store.transition(opened.id(), CaseStatus.REOPENED, "the citizen called again", AGENT);
        commitAndReopen();
        CitizenCase reopened = store.find(opened.id(), AGENT).orElseThrow();
        assertThat(reopened.history()).extracting(t -> t.to()).containsExactly(CaseStatus.NEW, CaseStatus.REFERRED,
                CaseStatus.RESOLVED, CaseStatus.REOPENED);
        assertThat(reopened.referral()).as("no longer referred").isEmpty();
        assertThat(reopened.history().get(3).referral()).isEmpty();
    }

    @Test
    void keepsNotesAndTransitionsAcrossTransactions() {
        CitizenCase opened = openOnMainLine();
        store.addNote(opened.id(), "Ο πολίτης ζήτησε ενημέρωση για τη σύνταξη.", AGENT);
        store.transition(opened.id(), CaseStatus.IN_PROGRESS, "checking with e-EFKA", AGENT);
        store.transition(opened.id(), CaseStatus.RESOLVED, "answered by phone", AGENT);
        commitAndReopen();

        CitizenCase reloaded = store.findByReference(opened.reference(), AGENT).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(reloaded.notes()).extracting(n -> n.text()).containsExactly("Ο πολίτης ζήτησε ενημέρωση για τη σύνταξη.");
        assertThat(reloaded.history()).extracting(t -> t.to())
                .containsExactly(CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED);
        assertThat(reloaded.citizen()).contains(CITIZEN);
        assertThat(reloaded.call()).contains(new CallId("call-1"));
    }

    @Test
    void refusesAnIllegalTransitionAndKeepsTheStatus() {
        CitizenCase opened = openOnMainLine();
        store.transition(opened.id(), CaseStatus.CLOSED, "duplicate", AGENT);

        assertThatThrownBy(() -> store.transition(opened.id(), CaseStatus.IN_PROGRESS, "reopen", AGENT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is CLOSED and may not move to IN_PROGRESS");
        assertThat(store.find(opened.id(), AGENT).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void findsACitizensCasesNewestFirst() {
        CitizenCase first = openOnMainLine();
        CitizenCase second = openOnMainLine();

        List<CitizenCase> cases = store.findByCitizen(CITIZEN, AGENT);

        assertThat(cases).extracting(CitizenCase::id).containsExactly(second.id(), first.id());
    }

    @Test
    void letsOnlySpecialistsReadASealedComplaintAndAuditsEveryAccessIncludingRefusals() {
        CitizenCase complaint = openSealedComplaint();
        commitAndReopen();

        assertThat(store.find(complaint.id(), SPECIALIST)).map(CitizenCase::subject)
                .contains("Harassment by a supervisor");
        assertThatThrownBy(() -> store.find(complaint.id(), AGENT))
                .isInstanceOf(CaseAccessDeniedException.class)
                .hasMessageContaining("agent-7");
        assertThatThrownBy(() -> store.addNote(complaint.id(), "curious", AGENT))
                .isInstanceOf(CaseAccessDeniedException.class);
        commitAndReopen();

        AuditTrail audit = AuditTrail.using(em, KEYS, clock);
        List<AuditRecord> trail = audit.about(JpaCaseStore.auditSubject(complaint.id()));
        assertThat(trail).extracting(r -> r.entry().user() + ":" + r.entry().role() + ":" + r.entry().action())
                .containsExactly("spec-1:agent,complaint-officer:CREATE", "spec-1:agent,complaint-officer:READ",
                        "agent-7:agent:REFUSED", "agent-7:agent:REFUSED");
        assertThat(trail.get(2).entry().reason()).contains("read the request").contains("refused");
        assertThat(trail.get(3).entry().reason()).contains("added a note").contains("refused");
        assertThat(trail).allSatisfy(r -> assertThat(r.entry().at()).isEqualTo(clock.instant()));
        assertThat(audit.verify().intact()).isTrue();
        assertThat(store.find(complaint.id(), SPECIALIST).orElseThrow().notes()).isEmpty();
    }

    @Test
    void refusesASealedCaseOnALineWithoutRestrictedReaders() {
        assertThatThrownBy(() -> store.open(new NewCase(MinistryOfLabourLine.MAIN, MinistryOfLabourLine.EQUALITY,
                Optional.empty(), Optional.empty(), "x", true), SPECIALIST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("restricts no readers");
    }

    @Test
    void answersEmptyForUnknownOrMalformedIds() {
        assertThat(store.find(new org.govcc.api.cases.CaseId("C999999"), AGENT)).isEmpty();
        assertThat(store.find(new org.govcc.api.cases.CaseId("not-a-case"), AGENT)).isEmpty();
        assertThatThrownBy(() -> store.addNote(new org.govcc.api.cases.CaseId("C999999"), "x", AGENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no case C999999");
    }
}
