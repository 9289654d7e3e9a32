package org.govcc.reference.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.govcc.api.call.CallerId;
import org.govcc.api.cases.Actor;
import org.govcc.api.complaint.Complaint;
import org.govcc.api.complaint.ComplaintIntake;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditRetention;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.config.ServiceLine;
import org.govcc.reference.persistence.TestDatabase;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.KeySource;
import org.govcc.reference.security.keys.SecretKeys;
import org.govcc.reference.security.keys.Sealer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Complaints with the line's real sealer and audit chain on H2: a complaint sealed under the old key still opens
 * after a rotation, and the purge removes expired complaints and audit entries while the kept chain still verifies.
 */
class ComplaintRetentionH2Test {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    private static final Actor OFFICER = Actor.of("agent13", "agent", "complaint-officer");
    private static final Map<String, SecretKey> KEYS = new HashMap<>(Map.of(
            KeyPurpose.COMPLAINT_CONTENT.alias(1), key(), KeyPurpose.AUDIT_CHAIN.alias(1), key(),
            KeyPurpose.CALLER_NUMBER.alias(1), key()));

    private Instant now = Instant.parse("2026-12-03T01:10:00Z");

    @Test
    void aComplaintSealedUnderTheOldKeyIsStillReadAfterTheRotationAndNewOnesTakeTheNewKey() throws Exception {
        Complaint old = inTransaction(KEYS, store -> store.receive(intake("Πριν από την αλλαγή κλειδιού"),
                Optional.of("Εργοστάσιο Άλφα"), Optional.empty(), OFFICER));
        Map<String, SecretKey> rotated = new HashMap<>(KEYS);
        rotated.put(KeyPurpose.COMPLAINT_CONTENT.alias(2), key());

        Complaint fresh = inTransaction(rotated, store -> store.receive(intake("Μετά την αλλαγή"), Optional.empty(),
                Optional.empty(), OFFICER));
        Complaint reread = inTransaction(rotated, store -> store.find(old.id(), OFFICER).orElseThrow());

        assertThat(reread.narrative()).isEqualTo("Πριν από την αλλαγή κλειδιού");
        assertThat(reread.workplace()).contains("Εργοστάσιο Άλφα");
        assertThat(versionOf(old)).isEqualTo(1);
        assertThat(versionOf(fresh)).isEqualTo(2);
    }

    @Test
    void thePurgeRemovesExpiredComplaintsAndAuditEntriesAndTheKeptChainStillVerifies() {
        Complaint closed = inTransaction(KEYS, store -> {
            Complaint c = store.receive(intake("Έκλεισε"), Optional.empty(), Optional.of("σημείωση"), OFFICER);
            return store.close(c.id(), "Παραπέμφθηκε", OFFICER);
        });
        Complaint open = inTransaction(KEYS, store -> store.receive(intake("Ανοιχτή"), Optional.empty(),
                Optional.empty(), OFFICER));
        now = closed.retainUntil().orElseThrow().plusSeconds(1);

        EntityManager em = DATABASE.factory().createEntityManager();
        em.getTransaction().begin();
        SecretKeys keys = SecretKeys.from(KeySource.inMemory(KEYS));
        JpaComplaints.Purged purged = store(em, keys).purgeExpired(now);
        int audit = AuditRetention.using(em, keys).purgeExpired(now.plus(Duration.ofDays(3650)));
        AuditTrail trail = AuditTrail.using(em, keys, Clock.fixed(now, ZoneOffset.UTC));
        trail.append("system:retention", "system", AuditAction.PURGE, AuditSubject.of("retention", "purge"),
                "test purge");
        em.getTransaction().commit();

        assertThat(purged.complaints()).as("the closed one only").isEqualTo(1);
        assertThat(purged.notes()).as("its first note and its closing note").isEqualTo(2);
        assertThat(audit).as("every entry written before, each kept 3650 days").isPositive();
        em.getTransaction().begin();
        Optional<Complaint> keptOpen = inTransaction(KEYS, store -> store.find(open.id(), OFFICER));
        Optional<Complaint> purgedClosed = inTransaction(KEYS, store -> store.find(closed.id(), OFFICER));
        assertThat(keptOpen).isPresent();
        assertThat(purgedClosed).isEmpty();
        assertThat(trail.verify().intact()).as("%s", trail.verify()).isTrue();
        em.getTransaction().rollback();
        em.close();
    }

    private int versionOf(Complaint c) throws Exception {
        try (Connection connection = DATABASE.dataSource().getConnection();
             Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT NARRATIVE_SEALED FROM GOVCC_COMPLAINT WHERE NUMBER = "
                     + c.id().value().substring(1))) {
            assertThat(r.next()).isTrue();
            return Sealer.keyVersion(r.getBytes(1));
        }
    }

    private <T> T inTransaction(Map<String, SecretKey> keys, java.util.function.Function<JpaComplaints, T> work) {
        EntityManager em = DATABASE.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(store(em, SecretKeys.from(KeySource.inMemory(keys))));
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    private JpaComplaints store(EntityManager em, SecretKeys keys) {
        AuditTrail trail = AuditTrail.using(em, keys, Clock.fixed(now, ZoneOffset.UTC));
        ComplaintAudit audit = new ComplaintAudit() {
            @Override
            public void record(String user, String role, ComplaintAction action,
                               Optional<org.govcc.api.complaint.ComplaintId> complaint, String detail) {
                trail.append(new org.govcc.reference.audit.AuditEntry(user, role, now, TrailComplaintAudit.kind(action),
                        AuditSubject.of("complaint", complaint.map(Object::toString).orElse("list")), action
                        + " " + detail, now.plus(Duration.ofDays(3650))));
            }

            @Override
            public void refusal(String user, String role, Optional<org.govcc.api.complaint.ComplaintId> complaint,
                                String detail) {
                record(user, role, ComplaintAction.REFUSE, complaint, detail);
            }
        };
        return new JpaComplaints(em, Clock.fixed(now, ZoneOffset.UTC), MinistryOfLabourLine.lines().stream()
                .collect(Collectors.toMap(ServiceLine::id, ServiceLine::policy)),
                new ComplaintSealer(new Sealer(keys)), audit, Optional.empty());
    }

    private ComplaintIntake intake(String narrative) {
        return new ComplaintIntake(MinistryOfLabourLine.COMPLAINTS, Optional.empty(), CallerId.anonymous(),
                Optional.empty(), narrative, now);
    }

    private static SecretKey key() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
