package org.govcc.reference.complaints;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import org.govcc.reference.persistence.IdempotencyKeyId;
import org.govcc.reference.persistence.UtcInstantConverter;

/**
 * An {@code Idempotency-Key} an officer sent with a complaint's creation, with what was asked (sealed: a digest of a
 * short account could be guessed by trying accounts) and the complaint it made.
 */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_COMPLAINT_KEY")
@IdClass(IdempotencyKeyId.class)
public class ComplaintKeyEntity {

    /** The table, as the sealed column's associated data names it. */
    static final String TABLE = "GOVCC_COMPLAINT_KEY";

    @Id
    @Column(name = "ACTOR", length = 128)
    String actor;

    @Id
    @Column(name = "IDEMPOTENCY_KEY", length = 128)
    String key;

    @Column(name = "COMPLAINT_NUMBER", nullable = false)
    long complaint;

    @Column(name = "ASKED_SEALED", nullable = false, length = 131072)
    byte[] askedSealed;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant createdAt;
}
