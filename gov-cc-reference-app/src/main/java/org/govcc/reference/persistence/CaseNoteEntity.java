package org.govcc.reference.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a case. */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_CASE_NOTE")
public class CaseNoteEntity {

    @Id
    @SequenceGenerator(name = "GOVCC_NOTE_SEQ", sequenceName = "GOVCC_NOTE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOVCC_NOTE_SEQ")
    @Column(name = "ID")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CASE_NUMBER", nullable = false)
    CaseEntity owner;

    @Column(name = "AUTHOR", nullable = false, length = 128)
    String author;

    @Lob
    @Column(name = "TEXT", nullable = false)
    String text;

    @Column(name = "AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant at;
}
