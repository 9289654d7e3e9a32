package org.govcc.reference.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One access to a sealed case: who, what, when, and whether it was refused. Append-only: nothing in the
 * application updates or deletes these rows.
 */
@Entity
@Table(name = "GOVCC_CASE_AUDIT", indexes = @Index(name = "GOVCC_AUDIT_CASE", columnList = "CASE_NUMBER"))
public class CaseAuditEntity {

    @Id
    @SequenceGenerator(name = "GOVCC_AUDIT_SEQ", sequenceName = "GOVCC_AUDIT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOVCC_AUDIT_SEQ")
    @Column(name = "ID")
    Long id;

    @Column(name = "CASE_NUMBER", nullable = false)
    long caseNumber;

    @Column(name = "ACTOR", nullable = false, length = 128)
    String actor;

    /** {@code READ}, {@code NOTE}, {@code TRANSITION}, {@code OPEN}, or {@code DENIED}. */
    @Column(name = "ACTION", nullable = false, length = 16)
    String action;

    @Column(name = "AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant at;

    /** Creates an audit row. */
    static CaseAuditEntity of(long caseNumber, String actor, String action, Instant at) {
        CaseAuditEntity row = new CaseAuditEntity();
        row.caseNumber = caseNumber;
        row.actor = actor;
        row.action = action;
        row.at = at;
        return row;
    }
}
