package org.govcc.reference.security.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.govcc.api.internal.Require;

/**
 * Turns a caller's phone number into a {@link CallerHash}: HMAC-SHA-256 of its canonical form ({@link #canonical})
 * under the {@link KeyPurpose#CALLER_NUMBER} key. {@link #hash} uses the current key; {@link #allVersions} gives the
 * number's hash under every version, to find a caller's calls from before a rotation.
 *
 * <p>Messages never contain the number (they would reach the server log): a refusal says only how long it was.
 * Thread-safe; one {@link Mac} per call.
 */
@ApplicationScoped
public class CallerHasher {

    /** The country whose national numbers the reference line receives without a prefix (Greece). */
    public static final String DEFAULT_COUNTRY_CODE = "30";

    /** The national significant number's length in that country. */
    public static final int DEFAULT_NATIONAL_DIGITS = 10;

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-/]");
    private static final byte[] DOMAIN = "govcc-caller-number\0".getBytes(StandardCharsets.UTF_8);

    private SecretKeys keys;

    /** For CDI's proxy. */
    protected CallerHasher() {
    }

    /** A hasher over {@code keys}. */
    @Inject
    public CallerHasher(SecretKeys keys) {
        this.keys = Require.nonNull(keys, "keys");
    }

    /**
     * The number's hash under the current {@link KeyPurpose#CALLER_NUMBER} key.
     *
     * @throws IllegalArgumentException if {@code number} is not a phone number ({@link #canonical})
     */
    public CallerHash hash(String number) {
        return hash(canonical(number), keys.current(KeyPurpose.CALLER_NUMBER));
    }

    /**
     * The hash of a SIP From user part if it is a phone number; empty for {@code anonymous}, a name, or anything
     * else that is not one (a withheld number has nothing to link).
     */
    public Optional<CallerHash> hashIfNumber(String userPart) {
        return isNumber(userPart) ? Optional.of(hash(userPart)) : Optional.empty();
    }

    /** The number's hash under every version of the key, oldest first: the current one is last. */
    public List<CallerHash> allVersions(String number) {
        String canonical = canonical(number);
        return keys.versions(KeyPurpose.CALLER_NUMBER).stream().map(k -> hash(canonical, k)).toList();
    }

    /** Whether {@code value} is a phone number {@link #canonical} accepts. */
    public static boolean isNumber(String value) {
        return value != null && NUMBER.matcher(strip(value)).matches();
    }

    /**
     * The one form of a phone number that is hashed, so that {@code +30 210 1234567}, {@code 0030-210-1234567},
     * {@code 302101234567} and {@code 2101234567} give one hash: separators (spaces, dots, dashes, slashes,
     * parentheses) dropped, a leading {@code 00} read as {@code +}, and a Greek number given without its country code
     * (10 digits) or without its {@code +} ({@code 30} and 10 digits) prefixed with {@code +30}. Other numbers (a short
     * code, a foreign number without its {@code +}) are kept as given.
     *
     * @throws IllegalArgumentException if it is not a number of 2-20 digits (the message does not repeat it)
     */
    public static String canonical(String number) {
        Require.nonNull(number, "caller number");
        String n = strip(number);
        if (!NUMBER.matcher(n).matches()) {
            throw new IllegalArgumentException("a caller number must be 2-20 digits with an optional '+', but this"
                    + " one (" + number.length() + " characters) is not");
        }
        if (n.startsWith("00")) {
            n = "+" + n.substring(2);
        }
        if (!n.startsWith("+")) {
            if (n.length() == DEFAULT_NATIONAL_DIGITS) {
                n = "+" + DEFAULT_COUNTRY_CODE + n;
            } else if (n.length() == DEFAULT_COUNTRY_CODE.length() + DEFAULT_NATIONAL_DIGITS
                    && n.startsWith(DEFAULT_COUNTRY_CODE)) {
                n = "+" + n;
            }
        }
        return n;
    }

    private static String strip(String value) {
        return SEPARATORS.matcher(value).replaceAll("");
    }

    private static CallerHash hash(String canonical, VersionedKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.key().getEncoded(), "HmacSHA256"));
            mac.update(DOMAIN);
            return new CallerHash(key.version(), HexFormat.of().formatHex(mac.doFinal(
                    canonical.getBytes(StandardCharsets.US_ASCII))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available with " + key.alias() + ": " + e, e);
        }
    }
}
