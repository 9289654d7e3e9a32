package org.govcc.reference.security.keys;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * A sealed line's caller number as the line keeps it: HMAC-SHA-256 of the canonical number under a version of the
 * {@link KeyPurpose#CALLER_NUMBER} key ({@link CallerHasher}). The same number under the same key gives the same
 * hash, so repeat calls are linked; without the key the number cannot be found from it (a table of every phone
 * number's plain SHA-256 would take minutes to make).
 *
 * <p>Its stored form, {@link #stored()} and {@link #toString()}, is {@code v<version>:<64 hex digits>}, e.g.
 * {@code v1:9f86d0...}; {@link #parse} reads it back.
 *
 * @param keyVersion the version of the {@link KeyPurpose#CALLER_NUMBER} key it was made with
 * @param digest the HMAC, 64 lowercase hexadecimal digits
 */
public record CallerHash(int keyVersion, String digest) {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern STORED = Pattern.compile("v([1-9][0-9]{0,3}):([0-9a-f]{64})");

    /** Validates the values. */
    public CallerHash {
        Require.inRange(keyVersion, 1, KeyPurpose.MAX_VERSION, "key version");
        Require.nonNull(digest, "digest");
        Require.that(DIGEST.matcher(digest).matches(), "a caller hash's digest must be 64 lowercase hex digits,"
                + " but was " + digest.length() + " characters");
    }

    /** Reads a {@link #stored()} form. */
    public static CallerHash parse(String stored) {
        Require.nonNull(stored, "caller hash");
        Matcher m = STORED.matcher(stored);
        Require.that(m.matches(), "a caller hash is v<version>:<64 hex digits>, but was '" + stored + "'");
        return new CallerHash(Integer.parseInt(m.group(1)), m.group(2));
    }

    /** The stored form, {@code v<version>:<digest>} (71 characters at most). */
    public String stored() {
        return "v" + keyVersion + ":" + digest;
    }

    @Override
    public String toString() {
        return stored();
    }
}
