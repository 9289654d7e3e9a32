package org.govcc.reference.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.govcc.reference.persistence.UtcInstantConverter;

/**
 * An audit entry as stored (schema version 9). Written once by {@link AuditTrail}; nothing in the application updates
 * or deletes a row, except the purge of entries whose retention ended, from the chain's start. Never cached between
 * transactions: a read of the trail shows what the table holds now, not what was appended (a row altered in the
 * database must be seen altered, by the REST read as by the verifier).
 */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_AUDIT")
public class AuditEntryEntity {

    @Id
    @Column(name = "SEQ")
    long sequence;

    @Column(name = "ACTOR", nullable = false, length = 128)
    String user;

    @Column(name = "ACTOR_ROLE", nullable = false, length = 128)
    String role;

    @Column(name = "AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant at;

    @Column(name = "ACTION", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    AuditAction action;

    @Column(name = "SUBJECT_TYPE", nullable = false, length = 32)
    String subjectType;

    @Column(name = "SUBJECT_ID", nullable = false, length = 128)
    String subjectId;

    @Column(name = "REASON", nullable = false, length = 1000)
    String reason;

    @Column(name = "RETAIN_UNTIL", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant retainUntil;

    @Column(name = "KEY_VERSION", nullable = false)
    int keyVersion;

    @Column(name = "PREV_HASH", nullable = false, length = 64)
    String previousHash;

    @Column(name = "HASH", nullable = false, length = 64)
    String hash;

    static AuditEntryEntity of(AuditRecord r) {
        AuditEntryEntity e = new AuditEntryEntity();
        AuditEntry entry = r.entry();
        e.sequence = r.sequence();
        e.user = entry.user();
        e.role = entry.role();
        e.at = entry.at();
        e.action = entry.action();
        e.subjectType = entry.subject().type();
        e.subjectId = entry.subject().id();
        e.reason = entry.reason();
        e.retainUntil = entry.retainUntil();
        e.keyVersion = r.keyVersion();
        e.previousHash = r.previousHash();
        e.hash = r.hash();
        return e;
    }

    AuditRecord toRecord() {
        return new AuditRecord(sequence, new AuditEntry(user, role, at, action, new AuditSubject(subjectType,
                subjectId), reason, retainUntil), keyVersion, previousHash, hash);
    }
}
