package org.govcc.reference.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.govcc.api.cases.CaseStatus;

/** One status change of a case. */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_CASE_HISTORY")
public class CaseTransitionEntity {

    @Id
    @SequenceGenerator(name = "GOVCC_HISTORY_SEQ", sequenceName = "GOVCC_HISTORY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOVCC_HISTORY_SEQ")
    @Column(name = "ID")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CASE_NUMBER", nullable = false)
    CaseEntity owner;

    /** Null for the opening entry. */
    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 32)
    CaseStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, length = 32)
    CaseStatus to;

    @Column(name = "ACTOR", nullable = false, length = 128)
    String actor;

    @Column(name = "REASON", nullable = false, length = 1000)
    String reason;

    @Column(name = "AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant at;

    /** The other body of a referral; null on every other move. */
    @Column(name = "REFERRAL_BODY", length = 200)
    String referralBody;

    /** That body's reference of the case; null on every other move. */
    @Column(name = "REFERRAL_REFERENCE", length = 64)
    String referralReference;
}
