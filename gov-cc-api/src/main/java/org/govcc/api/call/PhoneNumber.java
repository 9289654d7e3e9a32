package org.govcc.api.call;

import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * A dialable telephone number: an optional leading {@code +} and 2-20 digits, as used in SIP user parts.
 *
 * <p>Short numbers are allowed (e.g. {@code 112}, or a 4-digit national service number).
 *
 * @param digits the number with its optional leading {@code +}, no spaces or punctuation
 * @since 0.1
 */
public record PhoneNumber(String digits) {

    private static final Pattern FORMAT = Pattern.compile("\\+?[0-9]{2,20}");

    /** Validates the format. */
    public PhoneNumber {
        Require.nonNull(digits, "phone number");
        Require.that(FORMAT.matcher(digits).matches(),
                "phone number must be an optional '+' and 2-20 digits, but was '" + digits + "'");
    }

    /**
     * Parses a number written the way people write it, dropping spaces, dots, dashes and parentheses.
     *
     * @throws IllegalArgumentException if what remains is not a phone number
     */
    public static PhoneNumber parse(String text) {
        Require.nonNull(text, "phone number");
        return new PhoneNumber(text.replaceAll("[\\s.()\\-]", ""));
    }

    @Override
    public String toString() {
        return digits;
    }
}
