package org.govcc.reference.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An {@code Idempotency-Key} a user sent with a request's creation, with a fingerprint of what was asked and the
 * request it made (schema version 5). Keys are per user: one user's key never finds another's request.
 */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_REQUEST_KEY")
@IdClass(IdempotencyKeyId.class)
public class RequestKeyEntity {

    @Id
    @Column(name = "ACTOR", length = 128)
    String actor;

    @Id
    @Column(name = "IDEMPOTENCY_KEY", length = 128)
    String key;

    /** The SHA-256 of what was asked, in hexadecimal: the same key with another body is refused. */
    @Column(name = "FINGERPRINT", nullable = false, length = 64)
    String fingerprint;

    @Column(name = "CASE_NUMBER", nullable = false)
    long caseNumber;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant createdAt;
}
