package org.govcc.reference.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CaseId;
import org.govcc.api.internal.Require;

/**
 * The {@code Idempotency-Key}s of request creations, per user, in the transaction that creates the request: a key is
 * remembered exactly when its request was made. Not thread-safe by itself: an {@link EntityManager} belongs to one
 * thread.
 */
public final class JpaRequestKeys {

    /** What a key may look like: printable, no spaces, 1-128 characters (a UUID fits). */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:~+/=-]{1,128}");

    /**
     * A key seen before.
     *
     * @param request the request it made
     * @param fingerprint the SHA-256 (hexadecimal) of what was asked with it
     */
    public record Remembered(CaseId request, String fingerprint) {
        /** Validates the values. */
        public Remembered {
            Require.nonNull(request, "request");
            Require.nonBlank(fingerprint, "fingerprint");
        }
    }

    private final EntityManager em;

    /**
     * Creates the store.
     *
     * @param em the entity manager of the current transaction
     */
    public JpaRequestKeys(EntityManager em) {
        this.em = Require.nonNull(em, "entity manager");
    }

    /** Returns what {@code actor} made with {@code key}, if anything. */
    public Optional<Remembered> find(Actor actor, String key) {
        Require.nonNull(actor, "actor");
        RequestKeyEntity row = em.find(RequestKeyEntity.class, new IdempotencyKeyId(actor.id(), valid(key)));
        return Optional.ofNullable(row).map(r -> new Remembered(new CaseId("C" + r.caseNumber), r.fingerprint));
    }

    /**
     * Remembers that {@code actor}'s {@code key} made {@code request}; a second remember of the same key fails at the
     * transaction's end (the primary key), so that two racing retries cannot both create a request.
     */
    public void remember(Actor actor, String key, String fingerprint, CaseId request, Instant at) {
        Require.nonNull(actor, "actor");
        Require.that(fingerprint.matches("[0-9a-f]{64}"), "fingerprint must be 64 hexadecimal digits");
        Require.that(request.value().matches("C[0-9]{1,18}"), "not a stored request: " + request);
        RequestKeyEntity row = new RequestKeyEntity();
        row.actor = actor.id();
        row.key = valid(key);
        row.fingerprint = fingerprint;
        row.caseNumber = Long.parseLong(request.value().substring(1));
        row.createdAt = UtcInstantConverter.stored(Require.nonNull(at, "at"));
        em.persist(row);
    }

    private static String valid(String key) {
        Require.nonNull(key, "idempotency key");
        Require.that(KEY.matcher(key).matches(), "an Idempotency-Key is 1-128 of letters, digits and ._:~+/=-, but"
                + " was '" + key + "'");
        return key;
    }
}
