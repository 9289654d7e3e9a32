package org.govcc.reference.complaints;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.govcc.reference.persistence.UtcInstantConverter;

/** An officer's note on a complaint, its text sealed; appended, never changed (schema version 10). */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_COMPLAINT_NOTE")
public class ComplaintNoteEntity {

    /** The table, as the sealed column's associated data names it. */
    static final String TABLE = "GOVCC_COMPLAINT_NOTE";

    @Id
    @SequenceGenerator(name = "GOVCC_COMPLAINT_NOTE_SEQ", sequenceName = "GOVCC_COMPLAINT_NOTE_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOVCC_COMPLAINT_NOTE_SEQ")
    @Column(name = "ID")
    Long id;

    @Column(name = "COMPLAINT_NUMBER", nullable = false)
    long complaint;

    @Column(name = "AUTHOR", nullable = false, length = 128)
    String author;

    @Column(name = "AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant at;

    @Column(name = "TEXT_SEALED", nullable = false, length = 131072)
    byte[] textSealed;
}
