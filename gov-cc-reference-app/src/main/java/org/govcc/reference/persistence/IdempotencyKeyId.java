package org.govcc.reference.persistence;

import java.io.Serializable;
import java.util.Objects;

/**
 * The primary key of a table of idempotency keys (a retried POST with the same key creates one record): who asked, and
 * the key they sent. JPA's {@code @IdClass} of {@link RequestKeyEntity} and of the complaints' key table, whose
 * {@code @Id} fields carry these names.
 */
public class IdempotencyKeyId implements Serializable {

    private static final long serialVersionUID = 1L;

    String actor;
    String key;

    /** For JPA. */
    public IdempotencyKeyId() {
    }

    /** The key {@code key} that {@code actor} sent. */
    public IdempotencyKeyId(String actor, String key) {
        this.actor = actor;
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdempotencyKeyId k && Objects.equals(actor, k.actor) && Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actor, key);
    }
}
