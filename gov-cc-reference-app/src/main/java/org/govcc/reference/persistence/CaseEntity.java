package org.govcc.reference.persistence;

import jakarta.persistence.Cacheable;
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

/**
 * A citizen request as stored. Mutable JPA state; {@link JpaCaseStore} turns it into the API's records.
 *
 * <p>Not in EclipseLink's shared cache, nor are its notes, history and keys: a request is read from the database
 * every time. The cache kept a case's history without the second of two moves made in one transaction (measured
 * with EclipseLink 4.0.9), and servers that share one database would read each other's changes stale.
 */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_CASE", indexes = {
        @Index(name = "GOVCC_CASE_REF", columnList = "REFERENCE", unique = true),
        @Index(name = "GOVCC_CASE_CITIZEN", columnList = "CITIZEN_KIND, CITIZEN_DIGITS"),
        @Index(name = "GOVCC_CASE_TOPIC_OPENED", columnList = "TOPIC_ID, OPENED_AT"),
        @Index(name = "GOVCC_CASE_OPENED", columnList = "OPENED_AT"),
        @Index(name = "GOVCC_CASE_CALL", columnList = "CALL_ID")})
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
    @Column(name = "STATUS", nullable = false, length = 32)
    CaseStatus status;

    @Column(name = "OPENED_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant openedAt;

    /** When it becomes late unless done: fixed at opening from its topic's resolution time (schema version 5). */
    @Column(name = "DUE_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant dueAt;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at ASC, id ASC")
    List<CaseNoteEntity> notes = new ArrayList<>();

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at ASC, id ASC")
    List<CaseTransitionEntity> history = new ArrayList<>();
}
