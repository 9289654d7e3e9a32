package org.govcc.reference.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.govcc.reference.audit.AuditVerification.Breakage;
import org.govcc.reference.audit.AuditVerification.BrokenLink;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the audit chain must do on every database: number and chain the entries, never fork under concurrent
 * appends, and let the verifier name exactly the entry whose row was altered or removed through JDBC. Each database's
 * test extends it and supplies the database.
 */
abstract class AuditTrailContract {

    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00.123456Z");

    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final TestKeys.Ring ring = TestKeys.ring();

    /** The persistence unit on the database under test. */
    abstract EntityManagerFactory factory();

    /** The same database over plain JDBC, as someone with database access alone sees it. */
    abstract DataSource dataSource();

    @BeforeEach
    void emptyChain() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM GOVCC_AUDIT");
            s.executeUpdate("UPDATE GOVCC_AUDIT_HEAD SET LAST_SEQ = 0, LAST_HASH = '" + AuditChain.GENESIS
                    + "', FIRST_SEQ = 1, FIRST_PREV_HASH = '" + AuditChain.GENESIS + "', KEY_VERSION = NULL,"
                    + " HEAD_MAC = NULL WHERE ID = 1");
        }
    }

    @Test
    void numbersAndChainsEveryEntryAndAnIntactChainVerifies() throws SQLException {
        assertThat(verify().intact()).as("an empty chain").isTrue();

        List<AuditRecord> appended = appendFive();

        assertThat(appended).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(appended.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < appended.size(); i++) {
            assertThat(appended.get(i).previousHash()).isEqualTo(appended.get(i - 1).hash());
        }
        AuditVerification v = verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
        assertThat(v.summary()).isEqualTo("audit chain intact: 5 entries checked (1 to 5)");
        EntityManager em = factory().createEntityManager();
        try {
            AuditTrail trail = AuditTrail.using(em, ring.keys(), clock);
            assertThat(trail.read(2, 2)).extracting(AuditRecord::sequence).containsExactly(2L, 3L);
            assertThat(trail.find(3)).map(AuditRecord::entry).map(AuditEntry::at).contains(T0);
            assertThat(trail.about(AuditSubject.of("complaint", "2"))).extracting(AuditRecord::sequence)
                    .containsExactly(2L);
        } finally {
            em.close();
        }
    }

    @Test
    void alteringAnyOneFieldOfOneEntryMakesTheVerifierNameExactlyThatEntry() throws SQLException {
        appendFive();
        String[][] alterations = {
            {"ACTOR", "'officer-9'"}, {"ACTOR_ROLE", "'administrator'"}, {"ACTION", "'EXPORT'"},
            {"SUBJECT_TYPE", "'case'"}, {"SUBJECT_ID", "'4'"}, {"REASON", "'nothing to see'"},
            {"AT", "AT + INTERVAL '1' SECOND"}, {"RETAIN_UNTIL", "RETAIN_UNTIL + INTERVAL '1' DAY"},
            {"PREV_HASH", "'" + "1".repeat(64) + "'"}, {"HASH", "'" + "2".repeat(64) + "'"},
            {"SEQ", "103"}, {"KEY_VERSION", "2"},
        };
        for (String[] alteration : alterations) {
            String column = alteration[0];
            List<Object> row = row(3);
            update("UPDATE GOVCC_AUDIT SET " + column + " = " + alteration[1] + " WHERE SEQ = 3");

            BrokenLink broken = verify().firstBroken().orElseThrow(() -> new AssertionError(column + " altered,"
                    + " yet the chain verifies"));

            assertThat(broken.sequence()).as(column + " altered: " + broken).isEqualTo(3);
            assertThat(broken.breakage()).as(column).isEqualTo(switch (column) {
                case "SEQ" -> Breakage.ENTRY_MISSING;
                case "KEY_VERSION" -> Breakage.UNKNOWN_KEY;
                default -> Breakage.CONTENT_ALTERED;
            });
            restore(column.equals("SEQ") ? 103 : 3, row);
            assertThat(verify().intact()).as("restored " + column).isTrue();
        }
    }

    @Test
    void aKeyVersionChangedToAnotherExistingKeyIsAnAlteration() throws SQLException {
        appendFive();
        ring.rotate(KeyPurpose.AUDIT_CHAIN);
        update("UPDATE GOVCC_AUDIT SET KEY_VERSION = 2 WHERE SEQ = 4");

        assertThat(verify().firstBroken()).map(BrokenLink::sequence).contains(4L);
        assertThat(verify().firstBroken()).map(BrokenLink::breakage).contains(Breakage.CONTENT_ALTERED);
    }

    @Test
    void deletingAnEntryNamesTheGapAndDeletingTheLastIsSeenByTheHead() throws SQLException {
        appendFive();
        update("DELETE FROM GOVCC_AUDIT WHERE SEQ = 2");

        AuditVerification gap = verify();
        assertThat(gap.firstBroken()).map(BrokenLink::sequence).contains(2L);
        assertThat(gap.firstBroken()).map(BrokenLink::breakage).contains(Breakage.ENTRY_MISSING);
        assertThat(gap.checked()).isEqualTo(1);

        emptyChain();
        appendFive();
        update("DELETE FROM GOVCC_AUDIT WHERE SEQ = 5");
        assertThat(verify().firstBroken()).map(b -> b.sequence() + " " + b.breakage()).contains("5 ENTRY_MISSING");
    }

    @Test
    void rewritingTheHeadWithoutTheKeyIsSeen() throws SQLException {
        appendFive();
        update("DELETE FROM GOVCC_AUDIT WHERE SEQ = 5");
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE GOVCC_AUDIT_HEAD SET LAST_SEQ = 4, LAST_HASH ="
                     + " (SELECT HASH FROM GOVCC_AUDIT WHERE SEQ = 4) WHERE ID = 1")) {
            s.executeUpdate();
        }

        assertThat(verify().firstBroken()).map(BrokenLink::breakage).contains(Breakage.HEAD_ALTERED);
    }

    @Test
    void aRotatedChainKeyChainsNewEntriesAndOldOnesStillVerify() {
        appendFive();
        ring.rotate(KeyPurpose.AUDIT_CHAIN);

        AuditRecord after = inTransaction(trail -> trail.append("admin01", "administrator", AuditAction.VERIFY,
                AuditSubject.of("audit-trail", "govcc"), "after the rotation"));

        assertThat(after.keyVersion()).isEqualTo(2);
        assertThat(after.sequence()).isEqualTo(6);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anAppendRolledBackWithItsChangeLeavesNoGap() {
        appendFive();
        EntityManager em = factory().createEntityManager();
        try {
            em.getTransaction().begin();
            AuditTrail.using(em, ring.keys(), clock).append("officer-1", "complaint-officer", AuditAction.READ,
                    AuditSubject.of("complaint", "9"), "read, then the change failed");
            em.getTransaction().rollback();
        } finally {
            em.close();
        }

        assertThat(inTransaction(t -> t.append("officer-1", "complaint-officer", AuditAction.READ,
                AuditSubject.of("complaint", "9"), "read")).sequence()).isEqualTo(6);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void appendsFromConcurrentTransactionsNeverForkTheChain() throws Exception {
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Long>>> threads = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                String user = "officer-" + t;
                Callable<List<Long>> work = () -> {
                    List<Long> numbers = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        numbers.add(inTransaction(trail -> trail.append(user, "complaint-officer", AuditAction.READ,
                                AuditSubject.of("complaint", user), "concurrent read")).sequence());
                    }
                    return numbers;
                };
                threads.add(pool.submit(work));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : threads) {
                all.addAll(f.get());
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(3 * perThread);
            assertThat(all).allSatisfy(n -> assertThat(n).isBetween(1L, 3L * perThread));
        } finally {
            pool.shutdownNow();
        }
        AuditVerification v = verify();
        assertThat(v.intact()).as(v.summary()).isTrue();
        assertThat(v.checked()).isEqualTo(3 * perThread);
    }

    @Test
    void aPurgeRemovesTheExpiredPrefixMovesTheChainsStartAndAuditsItself() throws SQLException {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            Instant at = T0.minus(java.time.Duration.ofDays(10 - n));
            Instant until = n <= 3 ? T0.minusSeconds(1) : T0.plus(java.time.Duration.ofDays(365));
            inTransaction(trail -> trail.append(new AuditEntry("officer-1", "complaint-officer", at,
                    AuditAction.READ, AuditSubject.of("complaint", "1"), "entry " + n, until)));
        }

        AuditRecord purge = inTransactionOptional(trail -> trail.purgeExpired("retention-job", "system", 100));

        assertThat(purge.sequence()).isEqualTo(6);
        assertThat(purge.entry().action()).isEqualTo(AuditAction.PURGE);
        assertThat(purge.entry().reason()).isEqualTo("purged entries 1 to 3, whose retention ended");
        AuditVerification v = verify();
        assertThat(v.intact()).as(v.summary()).isTrue();
        assertThat(v.firstSequence()).isEqualTo(4);
        assertThat(v.checked()).isEqualTo(3);
        assertThat(inTransactionOptional(trail -> trail.purgeExpired("retention-job", "system", 100))).isNull();

        update("DELETE FROM GOVCC_AUDIT WHERE SEQ = 4");
        assertThat(verify().firstBroken()).map(b -> b.sequence() + " " + b.breakage()).contains("4 ENTRY_MISSING");
        update("UPDATE GOVCC_AUDIT_HEAD SET FIRST_SEQ = 5, FIRST_PREV_HASH = (SELECT HASH FROM GOVCC_AUDIT WHERE"
                + " SEQ = 5) WHERE ID = 1");
        assertThat(verify().firstBroken()).map(BrokenLink::breakage).contains(Breakage.HEAD_ALTERED);
    }

    private AuditRecord inTransactionOptional(
            java.util.function.Function<AuditTrail, java.util.Optional<AuditRecord>> work) {
        EntityManager em = factory().createEntityManager();
        try {
            em.getTransaction().begin();
            AuditRecord r = work.apply(AuditTrail.using(em, ring.keys(), clock)).orElse(null);
            em.getTransaction().commit();
            return r;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private List<AuditRecord> appendFive() {
        List<AuditRecord> appended = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            appended.add(inTransaction(trail -> trail.append("officer-" + n, "complaint-officer",
                    n == 1 ? AuditAction.CREATE : AuditAction.READ, AuditSubject.of("complaint", Integer.toString(n)),
                    "entry " + n)));
        }
        return appended;
    }

    private AuditRecord inTransaction(java.util.function.Function<AuditTrail, AuditRecord> work) {
        EntityManager em = factory().createEntityManager();
        try {
            em.getTransaction().begin();
            AuditRecord r = work.apply(AuditTrail.using(em, ring.keys(), clock));
            em.getTransaction().commit();
            return r;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private AuditVerification verify() {
        try (Connection c = dataSource().getConnection()) {
            return AuditVerifier.verify(c, ring.keys());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).as(sql).isEqualTo(1);
        }
    }

    private static final String COLUMNS = "SEQ, ACTOR, ACTOR_ROLE, AT, ACTION, SUBJECT_TYPE, SUBJECT_ID, REASON,"
            + " RETAIN_UNTIL, KEY_VERSION, PREV_HASH, HASH";

    private List<Object> row(long sequence) throws SQLException {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM GOVCC_AUDIT WHERE SEQ = ?")) {
            s.setLong(1, sequence);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= 12; i++) {
                    values.add(r.getObject(i));
                }
                return values;
            }
        }
    }

    /** Puts the row now numbered {@code now} back as it was ({@code values}, its number included). */
    private void restore(long now, List<Object> values) throws SQLException {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE GOVCC_AUDIT SET (" + COLUMNS + ") = (?, ?, ?, ?, ?, ?,"
                     + " ?, ?, ?, ?, ?, ?) WHERE SEQ = ?")) {
            for (int i = 0; i < 12; i++) {
                s.setObject(i + 1, values.get(i));
            }
            s.setLong(13, now);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
