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
import jakarta.persistence.Version;
import java.time.Instant;
import org.govcc.reference.persistence.UtcInstantConverter;

/**
 * A complaint's row (schema version 10): what may be searched in clear (line, call, classification, status, times,
 * who received it), and the workplace and narrative sealed. Never cached: each read goes to the database, where
 * only sealed bytes are.
 */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_COMPLAINT")
public class ComplaintEntity {

    /** The table, as the sealed columns' associated data names it. */
    static final String TABLE = "GOVCC_COMPLAINT";

    @Id
    @SequenceGenerator(name = "GOVCC_COMPLAINT_SEQ", sequenceName = "GOVCC_COMPLAINT_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOVCC_COMPLAINT_SEQ")
    @Column(name = "NUMBER")
    Long number;

    @Column(name = "LINE_ID", nullable = false, length = 128)
    String line;

    @Column(name = "CALL_ID", length = 128)
    String call;

    @Column(name = "CATEGORY", nullable = false, length = 32)
    String category;

    @Column(name = "STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "WORKPLACE_SEALED", length = 4096)
    byte[] workplaceSealed;

    @Column(name = "NARRATIVE_SEALED", nullable = false, length = 131072)
    byte[] narrativeSealed;

    @Column(name = "RECEIVED_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant receivedAt;

    @Column(name = "RECEIVED_BY", nullable = false, length = 128)
    String receivedBy;

    @Column(name = "CLOSED_AT")
    @Convert(converter = UtcInstantConverter.class)
    Instant closedAt;

    @Column(name = "RETAIN_UNTIL")
    @Convert(converter = UtcInstantConverter.class)
    Instant retainUntil;

    /** Two officers changing one complaint at once: the second commit fails rather than undo the first. */
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}
