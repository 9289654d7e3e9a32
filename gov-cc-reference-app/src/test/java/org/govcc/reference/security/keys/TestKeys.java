package org.govcc.reference.security.keys;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for tests, held in memory: random 256-bit keys under the credential store's aliases. A {@link Ring} can be
 * rotated, as {@code govcc-rotate-key.sh} rotates the store, and the {@link SecretKeys} over it sees the new version.
 */
public final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** Keys with version 1 of every purpose. */
    public static SecretKeys random() {
        return ring().keys();
    }

    /** A rotatable ring with version 1 of every purpose. */
    public static Ring ring() {
        Ring ring = new Ring();
        for (KeyPurpose p : KeyPurpose.values()) {
            ring.put(p.alias(1), key());
        }
        return ring;
    }

    /** A random 256-bit key. */
    public static SecretKey key() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    /** Keys by alias that a test may add to (rotate) or remove from. Not thread-safe. */
    public static final class Ring implements KeySource {

        private final Map<String, SecretKey> keys = new HashMap<>();

        /** Adds (or replaces) {@code alias}. */
        public Ring put(String alias, SecretKey key) {
            keys.put(alias, key);
            return this;
        }

        /** Removes {@code alias}. */
        public Ring remove(String alias) {
            keys.remove(alias);
            return this;
        }

        /** Adds the next version of {@code purpose}'s key and returns its number. */
        public int rotate(KeyPurpose purpose) {
            int next = 1;
            while (keys.containsKey(purpose.alias(next))) {
                next++;
            }
            put(purpose.alias(next), TestKeys.key());
            return next;
        }

        /** The {@link SecretKeys} over this ring (it sees later changes). */
        public SecretKeys keys() {
            return SecretKeys.from(this);
        }

        @Override
        public Set<String> aliases() {
            return Set.copyOf(keys.keySet());
        }

        @Override
        public java.util.Optional<SecretKey> key(String alias) {
            return java.util.Optional.ofNullable(keys.get(alias));
        }

        @Override
        public String description() {
            return "test keys";
        }
    }
}
