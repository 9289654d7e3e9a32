package org.govcc.reference.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The chain's head (one row, id 1): the last entry and its hash, where the chain starts, and their MAC. Never cached
 * between transactions: every append reads it under a row lock ({@code SELECT ... FOR UPDATE}).
 */
@Entity
@Table(name = "GOVCC_AUDIT_HEAD")
@Cacheable(false)
public class AuditHeadEntity {

    /** The one row's id. */
    static final int ID = 1;

    @Id
    @Column(name = "ID")
    int id;

    @Column(name = "LAST_SEQ", nullable = false)
    long lastSequence;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    String lastHash;

    @Column(name = "FIRST_SEQ", nullable = false)
    long firstSequence;

    @Column(name = "FIRST_PREV_HASH", nullable = false, length = 64)
    String firstPreviousHash;

    @Column(name = "KEY_VERSION")
    Integer keyVersion;

    @Column(name = "HEAD_MAC", length = 64)
    String mac;
}
