package org.govcc.reference.complaints;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.govcc.reference.persistence.UtcInstantConverter;

/**
 * An {@code Idempotency-Key} an officer sent with a complaint's creation, with what was asked (sealed: a digest of a
 * short account could be guessed by trying accounts) and the complaint it made.
 */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_COMPLAINT_KEY")
@IdClass(ComplaintKeyEntity.Key.class)
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

    /** The primary key, as JPA's {@code @IdClass} wants it. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String actor;
        String key;

        /** For JPA. */
        public Key() {
        }

        Key(String actor, String key) {
            this.actor = actor;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(actor, k.actor) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor, key);
        }
    }
}
