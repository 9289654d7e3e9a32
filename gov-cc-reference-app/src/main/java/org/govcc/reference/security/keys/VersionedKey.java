package org.govcc.reference.security.keys;

import javax.crypto.SecretKey;
import org.govcc.api.internal.Require;

/**
 * One version of a purpose's secret key. Its {@link #toString()} names the alias only, never the key.
 *
 * @param purpose what the key is for
 * @param version its version, from 1; the highest is current
 * @param key the key (256 bits)
 */
public record VersionedKey(KeyPurpose purpose, int version, SecretKey key) {

    /** Validates the values: a key of 256 bits. */
    public VersionedKey {
        Require.nonNull(purpose, "purpose");
        Require.inRange(version, 1, KeyPurpose.MAX_VERSION, "key version");
        Require.nonNull(key, "key");
        byte[] encoded = key.getEncoded();
        Require.that(encoded != null && encoded.length == 32, "key " + purpose.alias(version)
                + " must be a 256-bit key, but is " + (encoded == null ? "not encodable" : encoded.length * 8 + " bits"));
    }

    /** The key's alias in the credential store. */
    public String alias() {
        return purpose.alias(version);
    }

    @Override
    public String toString() {
        return "VersionedKey[" + alias() + "]";
    }
}
