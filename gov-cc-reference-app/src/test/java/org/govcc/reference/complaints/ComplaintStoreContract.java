package org.govcc.reference.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.cases.Actor;
import org.govcc.api.complaint.Complaint;
import org.govcc.api.complaint.ComplaintAccessDeniedException;
import org.govcc.api.complaint.ComplaintCategory;
import org.govcc.api.complaint.ComplaintIntake;
import org.govcc.api.complaint.ComplaintStatus;
import org.govcc.api.complaint.ReferralAgency;
import org.govcc.api.complaint.ReferralStatus;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.config.ServiceLine;
import org.govcc.reference.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The complaint store's contract with the WAR's persistence unit and migrations, a stand-in sealer and a listed
 * audit: one subclass per database.
 */
abstract class ComplaintStoreContract {

    private static final Actor OFFICER = Actor.of("agent13", "agent", "complaint-officer");
    private static final Actor AGENT = Actor.of("agent01", "agent");
    private static final Actor SUPERVISOR = Actor.of("supervisor01", "supervisor");
    private static final String NARRATIVE = "Ο προϊστάμενος της αποθήκης με παρενοχλεί από τον Μάρτιο";
    private static final String WORKPLACE = "Αποθήκες Ωμέγα Α.Ε., Ασπρόπυργος";

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T01:10:00Z"), ZoneOffset.UTC);
    private final RecordingAudit audit = new RecordingAudit();
    private EntityManager em;
    private JpaComplaints store;

    /** The database under test. */
    abstract TestDatabase database();

    @BeforeEach
    void begin() {
        em = database().factory().createEntityManager();
        em.getTransaction().begin();
        store = new JpaComplaints(em, clock, MinistryOfLabourLine.lines().stream()
                .collect(Collectors.toMap(ServiceLine::id, ServiceLine::policy)), new TestSealer(), audit, Optional.empty());
    }

    @AfterEach
    void rollBack() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    @Test
    void receivesAComplaintLinkedToItsCallAndReadsItBackWithItsNoteAndAudit() {
        Complaint received = receive(Optional.of(ComplaintCategory.SEXUAL_HARASSMENT));
        commitAndReopen();

        Complaint read = store.find(received.id(), OFFICER).orElseThrow();

        assertThat(read.id().value()).matches("K\\d+");
        assertThat(read.call()).contains(new CallId("call-77"));
        assertThat(read.category()).isEqualTo(ComplaintCategory.SEXUAL_HARASSMENT);
        assertThat(read.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(read.workplace()).contains(WORKPLACE);
        assertThat(read.narrative()).isEqualTo(NARRATIVE);
        assertThat(read.notes()).singleElement().satisfies(n -> {
            assertThat(n.author()).isEqualTo("agent13");
            assertThat(n.text()).isEqualTo("Καλεί από κοινόχρηστο τηλέφωνο");
            assertThat(n.at()).isEqualTo(clock.instant());
        });
        assertThat(read.receivedBy()).isEqualTo("agent13");
        assertThat(audit.entries).extracting(RecordingAudit.Entry::action)
                .containsExactly(ComplaintAction.CREATE, ComplaintAction.READ);
        assertThat(audit.entries).allSatisfy(e -> assertThat(e.complaint()).contains(received.id()));
        assertThat(audit.entries.toString()).doesNotContain(NARRATIVE).doesNotContain(WORKPLACE);
    }

    @Test
    void theRawColumnsHoldNoPlaintextAndAValueMovedToAnotherRowDoesNotOpen() throws Exception {
        Complaint first = receive(Optional.empty());
        Complaint second = receive(Optional.empty());
        em.getTransaction().commit();

        List<String> raw = new ArrayList<>();
        try (Connection c = database().dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String query : List.of("SELECT WORKPLACE_SEALED, NARRATIVE_SEALED FROM GOVCC_COMPLAINT",
                    "SELECT TEXT_SEALED FROM GOVCC_COMPLAINT_NOTE")) {
                try (ResultSet rows = s.executeQuery(query)) {
                    while (rows.next()) {
                        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                            raw.add(new String(rows.getBytes(i), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            assertThat(raw).isNotEmpty().noneMatch(v -> v.contains("παρενοχλεί") || v.contains("Ωμέγα")
                    || v.contains("κοινόχρηστο"));
            // Someone with write access copies the first complaint's account over the second's.
            s.executeUpdate("UPDATE GOVCC_COMPLAINT SET NARRATIVE_SEALED = (SELECT NARRATIVE_SEALED FROM"
                    + " GOVCC_COMPLAINT WHERE NUMBER = " + first.id().value().substring(1) + ") WHERE NUMBER = "
                    + second.id().value().substring(1));
        }
        em.clear();
        em.getTransaction().begin();
        assertThatThrownBy(() -> store.find(second.id(), OFFICER)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GOVCC_COMPLAINT.NARRATIVE_SEALED#" + second.id().value().substring(1));
    }

    @Test
    void anAgentAndASupervisorAreRefusedEverythingAndEachRefusalIsRecorded() {
        Complaint received = receive(Optional.empty());
        audit.entries.clear();

        for (Actor other : List.of(AGENT, SUPERVISOR)) {
            assertThatThrownBy(() -> store.find(received.id(), other))
                    .isInstanceOf(ComplaintAccessDeniedException.class);
            assertThatThrownBy(() -> store.addNote(received.id(), "x", other))
                    .isInstanceOf(ComplaintAccessDeniedException.class);
            assertThatThrownBy(() -> store.classify(received.id(), ComplaintCategory.ABUSE, other))
                    .isInstanceOf(ComplaintAccessDeniedException.class);
            assertThatThrownBy(() -> store.export(received.id(), other))
                    .isInstanceOf(ComplaintAccessDeniedException.class);
            assertThatThrownBy(() -> store.receive(intake(Optional.empty()), Optional.empty(), Optional.empty(),
                    other)).isInstanceOf(ComplaintAccessDeniedException.class);
        }
        assertThat(audit.entries).hasSize(10).allSatisfy(e -> assertThat(e.action()).isEqualTo(
                ComplaintAction.REFUSE));
        assertThat(audit.entries).extracting(RecordingAudit.Entry::actor).containsOnly("agent01", "supervisor01");
        assertThat(store.find(received.id(), OFFICER).orElseThrow().notes()).hasSize(1);
    }

    @Test
    void aReferralMakesItReferredItsStatusMovesWithItsDateAndClosingStartsTheRetention() {
        Complaint received = receive(Optional.empty());

        Complaint referred = store.refer(received.id(), ReferralAgency.LABOUR_INSPECTORATE, ReferralStatus.SENT,
                Optional.of("ΣΕΠΕ-4471/2026"), OFFICER);
        assertThat(referred.status()).isEqualTo(ComplaintStatus.REFERRED);
        Complaint acknowledged = store.refer(received.id(), ReferralAgency.LABOUR_INSPECTORATE,
                ReferralStatus.ACKNOWLEDGED, Optional.empty(), OFFICER);
        store.refer(received.id(), ReferralAgency.SOS_15900, ReferralStatus.PLANNED, Optional.empty(), OFFICER);
        assertThat(acknowledged.referral(ReferralAgency.LABOUR_INSPECTORATE)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.ACKNOWLEDGED);
            assertThat(r.reference()).as("kept").contains("ΣΕΠΕ-4471/2026");
            assertThat(r.at()).isEqualTo(clock.instant());
        });
        Complaint classified = store.classify(received.id(), ComplaintCategory.POWER_VIOLENCE, OFFICER);
        assertThat(classified.category()).isEqualTo(ComplaintCategory.POWER_VIOLENCE);

        Complaint closed = store.close(received.id(), "Ανέλαβε η Επιθεώρηση Εργασίας", OFFICER);
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.closedAt()).contains(clock.instant());
        assertThat(closed.retainUntil()).as("the complaint line keeps 1825 days")
                .contains(clock.instant().plus(Duration.ofDays(1825)));
        assertThat(closed.referrals()).extracting(r -> r.agency())
                .containsExactly(ReferralAgency.LABOUR_INSPECTORATE, ReferralAgency.SOS_15900);
        assertThat(closed.notes()).last().satisfies(n -> assertThat(n.text()).isEqualTo(
                "Ανέλαβε η Επιθεώρηση Εργασίας"));

        assertThatThrownBy(() -> store.classify(received.id(), ComplaintCategory.ABUSE, OFFICER))
                .isInstanceOfSatisfying(ComplaintProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ComplaintProblem.Kind.CONFLICT);
                    assertThat(p.field()).isEqualTo("status");
                });
        assertThat(store.addNote(received.id(), "Η καταγγέλλουσα ενημερώθηκε", OFFICER).notes()).hasSize(3);
    }

    @Test
    void aCallersNumberANonComplaintLineAndAnUnknownComplaintAreRefusedByName() {
        ComplaintIntake known = new ComplaintIntake(MinistryOfLabourLine.COMPLAINTS, Optional.empty(),
                CallerId.of(PhoneNumber.parse("306900000001")), Optional.empty(), "", clock.instant());
        assertThatThrownBy(() -> store.receive(known, Optional.empty(), Optional.empty(), OFFICER))
                .isInstanceOfSatisfying(ComplaintProblem.class, p -> assertThat(p.field()).isEqualTo("caller"));
        ComplaintIntake main = new ComplaintIntake(MinistryOfLabourLine.MAIN, Optional.empty(), CallerId.anonymous(),
                Optional.empty(), "", clock.instant());
        assertThatThrownBy(() -> store.receive(main, Optional.empty(), Optional.empty(), OFFICER))
                .isInstanceOfSatisfying(ComplaintProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("line");
                    assertThat(p).hasMessageContaining("the complaint lines are [complaints]");
                });
        assertThat(store.find(new org.govcc.api.complaint.ComplaintId("K999999"), OFFICER)).isEmpty();
        assertThatThrownBy(() -> store.addNote(new org.govcc.api.complaint.ComplaintId("K999999"), "x", OFFICER))
                .isInstanceOfSatisfying(ComplaintProblem.class, p -> assertThat(p.kind())
                        .isEqualTo(ComplaintProblem.Kind.UNKNOWN));
        assertThat(audit.entries).as("refused for what was asked, not for who asked: the REST layer records it")
                .isEmpty();
    }

    private Complaint receive(Optional<ComplaintCategory> category) {
        return store.receive(intake(category), Optional.of(WORKPLACE), Optional.of("Καλεί από κοινόχρηστο τηλέφωνο"),
                OFFICER);
    }

    private ComplaintIntake intake(Optional<ComplaintCategory> category) {
        return new ComplaintIntake(MinistryOfLabourLine.COMPLAINTS, Optional.of(new CallId("call-77")),
                CallerId.anonymous(), category, NARRATIVE, clock.instant());
    }

    private void commitAndReopen() {
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
    }
}
