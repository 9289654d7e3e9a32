package org.govcc.reference.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.govcc.api.internal.Require;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.SecretKeys;
import org.govcc.reference.security.keys.VersionedKey;

/**
 * The line's audit trail: appends entries to the hash chain in the database, reads them, and verifies the chain.
 *
 * <p>{@link #append} joins the caller's transaction (JTA in the server; the audited change and its entry commit
 * together or not at all) or, without one, runs in its own, committed before it returns: once it returns, the entry
 * is not lost. Appends are serialised by a row lock on the chain's head ({@code SELECT ... FOR UPDATE}, held to the
 * transaction's end), on H2 as on PostgreSQL and across threads and servers, so that the chain never forks and its
 * numbers have no gaps. The entry is chained under the current {@link KeyPurpose#AUDIT_CHAIN} key.
 *
 * <p>Entries are kept for {@link #retention()} (the system property {@value #RETENTION_PROPERTY}, an ISO-8601 period;
 * ten years if unset) unless the caller gives an {@link AuditEntry} with its own {@code retainUntil}.
 *
 * <p>Thread-safe: the container gives each transaction its own entity manager. Outside the server,
 * {@link #using} makes one over a given entity manager (a store's tests, whose transaction the caller runs).
 */
@ApplicationScoped
public class AuditTrail {

    /** The system property that sets how long entries are kept, as an ISO-8601 period ({@code P10Y}). */
    public static final String RETENTION_PROPERTY = "govcc.audit.retention";

    /** The retention without {@value #RETENTION_PROPERTY}. */
    public static final Period DEFAULT_RETENTION = Period.ofYears(10);

    @PersistenceContext(unitName = "govcc")
    EntityManager em;

    @Inject
    SecretKeys keys;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/datasources/GovCcDS")
    DataSource dataSource;

    /** For CDI. */
    protected AuditTrail() {
    }

    private AuditTrail(EntityManager em, SecretKeys keys, Clock clock) {
        this.em = Require.nonNull(em, "entity manager");
        this.keys = Require.nonNull(keys, "keys");
        this.clock = Require.nonNull(clock, "clock");
    }

    /**
     * A trail over {@code em}, outside the container: it appends in {@code em}'s current transaction, which the
     * caller begins and commits, and verifies over that transaction's connection.
     */
    public static AuditTrail using(EntityManager em, SecretKeys keys, Clock clock) {
        return new AuditTrail(em, keys, clock);
    }

    /** How long an entry made by {@link #entry} is kept. */
    public Period retention() {
        String value = System.getProperty(RETENTION_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_RETENTION;
        }
        try {
            Period p = Period.parse(value);
            Require.that(!p.isNegative() && !p.isZero(), RETENTION_PROPERTY + " must be a positive period");
            return p;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(RETENTION_PROPERTY + " must be an ISO-8601 period such as P10Y, but is '"
                    + value + "'", e);
        }
    }

    /** An entry made now (the trail's clock), kept for {@link #retention()}. */
    public AuditEntry entry(String user, String role, AuditAction action, AuditSubject subject, String reason) {
        Instant at = clock.instant();
        return new AuditEntry(user, role, at, action, subject, reason,
                at.atOffset(ZoneOffset.UTC).plus(retention()).toInstant());
    }

    /** Appends an entry made now ({@link #entry}); see {@link #append(AuditEntry)}. */
    @Transactional
    public AuditRecord append(String user, String role, AuditAction action, AuditSubject subject, String reason) {
        return append(entry(user, role, action, subject, reason));
    }

    /**
     * Appends {@code entry} to the chain, in the caller's transaction or in one of its own.
     *
     * @return the entry as chained: its number and hashes
     * @throws org.govcc.reference.security.keys.MissingKeyException if the store holds no audit-chain key
     * @throws IllegalStateException if the chain's head row is missing (the schema is not at version 9)
     */
    @Transactional
    public AuditRecord append(AuditEntry entry) {
        Require.nonNull(entry, "entry");
        VersionedKey key = keys.current(KeyPurpose.AUDIT_CHAIN);
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("the audit chain has no head row (GOVCC_AUDIT_HEAD id 1): the schema is"
                    + " not at version 9, or the row was deleted");
        }
        long sequence = head.lastSequence + 1;
        String hash = AuditChain.hash(sequence, entry, head.lastHash, key);
        AuditRecord record = new AuditRecord(sequence, entry, key.version(), head.lastHash, hash);
        em.persist(AuditEntryEntity.of(record));
        head.lastSequence = sequence;
        head.lastHash = hash;
        head.keyVersion = key.version();
        head.mac = AuditChain.headMac(sequence, hash, head.firstSequence, head.firstPreviousHash, key);
        em.flush();
        return record;
    }

    /**
     * Removes the entries whose retention has ended, from the chain's start up to the first that is still kept (the
     * chain can only lose a prefix: an entry is never taken out of its middle), moves the chain's start in its
     * authenticated head past them, and appends a {@link AuditAction#PURGE} entry saying which numbers went, all in
     * one transaction. Entries are made with one retention, so the prefix is what has expired.
     *
     * @param user who purges (a scheduled job's id)
     * @param role the role it acts in
     * @param limit the most entries removed in one call (1-10,000), so that one transaction stays short
     * @return the purge's own entry; empty if nothing had expired
     */
    @Transactional
    public Optional<AuditRecord> purgeExpired(String user, String role, int limit) {
        Require.inRange(limit, 1, 10_000, "limit");
        Instant now = clock.instant();
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null || head.lastSequence < head.firstSequence) {
            return Optional.empty();
        }
        List<AuditEntryEntity> expired = new java.util.ArrayList<>();
        for (AuditEntryEntity e : em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.sequence >= :first"
                        + " ORDER BY a.sequence", AuditEntryEntity.class)
                .setParameter("first", head.firstSequence).setMaxResults(limit).getResultList()) {
            if (!e.retainUntil.isBefore(now) || e.sequence != head.firstSequence + expired.size()) {
                break;
            }
            expired.add(e);
        }
        if (expired.isEmpty()) {
            return Optional.empty();
        }
        AuditEntryEntity last = expired.get(expired.size() - 1);
        em.createQuery("DELETE FROM AuditEntryEntity a WHERE a.sequence >= :first AND a.sequence <= :last")
                .setParameter("first", head.firstSequence).setParameter("last", last.sequence).executeUpdate();
        long first = head.firstSequence;
        head.firstSequence = last.sequence + 1;
        head.firstPreviousHash = last.hash;
        return Optional.of(append(user, role, AuditAction.PURGE, AuditSubject.of("audit-trail", "govcc"),
                "purged entries " + first + " to " + last.sequence + ", whose retention ended"));
    }

    /** Entry {@code sequence}, if the chain holds it. */
    public Optional<AuditRecord> find(long sequence) {
        return Optional.ofNullable(em.find(AuditEntryEntity.class, sequence)).map(AuditEntryEntity::toRecord);
    }

    /** Up to {@code limit} (1-500) entries from number {@code fromSequence} on, in order. */
    public List<AuditRecord> read(long fromSequence, int limit) {
        Require.inRange(limit, 1, 500, "limit");
        return em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.sequence >= :from ORDER BY a.sequence",
                        AuditEntryEntity.class)
                .setParameter("from", fromSequence).setMaxResults(limit).getResultStream()
                .map(AuditEntryEntity::toRecord).toList();
    }

    /** Every entry about {@code subject}, in order. */
    public List<AuditRecord> about(AuditSubject subject) {
        Require.nonNull(subject, "subject");
        return em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.subjectType = :type AND a.subjectId = :id"
                        + " ORDER BY a.sequence", AuditEntryEntity.class)
                .setParameter("type", subject.type()).setParameter("id", subject.id()).getResultStream()
                .map(AuditEntryEntity::toRecord).toList();
    }

    /** The number of the last entry appended (0 if none). */
    public long lastSequence() {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID);
        return head == null ? 0 : head.lastSequence;
    }

    /**
     * Walks the whole chain with the {@link AuditVerifier} over the datasource (in the server) or the current
     * transaction's connection ({@link #using}), and reports the first broken link.
     */
    public AuditVerification verify() {
        if (dataSource == null) {
            return AuditVerifier.verify(em.unwrap(Connection.class), keys);
        }
        try (Connection c = dataSource.getConnection()) {
            return AuditVerifier.verify(c, keys);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit chain: " + e.getMessage(), e);
        }
    }
}
