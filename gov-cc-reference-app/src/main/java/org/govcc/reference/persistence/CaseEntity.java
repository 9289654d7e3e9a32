package org.govcc.reference.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.cases.CaseStatus;

/** A citizen request as stored. Mutable JPA state; {@link JpaCaseStore} turns it into the API's records. */
@Entity
@Table(name = "GOVCC_CASE", indexes = {
        @Index(name = "GOVCC_CASE_REF", columnList = "REFERENCE", unique = true),
        @Index(name = "GOVCC_CASE_CITIZEN", columnList = "CITIZEN_KIND, CITIZEN_DIGITS")})
public class CaseEntity {

    // EclipseLink 4.0.9 on H2 2.x rejects IDENTITY columns: sequences work on H2 and PostgreSQL alike.
    @Id
    @SequenceGenerator(name = "GOVCC_CASE_SEQ", sequenceName = "GOVCC_CASE_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOVCC_CASE_SEQ")
    @Column(name = "NUMBER")
    Long number;

    @Version
    @Column(name = "VERSION")
    long version;

    @Column(name = "REFERENCE", length = 32)
    String reference;

    @Column(name = "LINE_ID", nullable = false, length = 128)
    String line;

    @Column(name = "TOPIC_ID", nullable = false, length = 128)
    String topic;

    @Column(name = "CALL_ID", length = 128)
    String call;

    /** {@code AMKA} or {@code AFM}; null when no identifier was given. */
    @Column(name = "CITIZEN_KIND", length = 8)
    String citizenKind;

    @Column(name = "CITIZEN_DIGITS", length = 16)
    String citizenDigits;

    @Column(name = "SUBJECT", nullable = false, length = 500)
    String subject;

    @Column(name = "SEALED", nullable = false)
    boolean sealed;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    CaseStatus status;

    @Column(name = "OPENED_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant openedAt;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at ASC, id ASC")
    List<CaseNoteEntity> notes = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at ASC, id ASC")
    List<CaseTransitionEntity> history = new ArrayList<>();
}
