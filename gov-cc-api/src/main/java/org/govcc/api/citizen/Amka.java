package org.govcc.api.citizen;

import java.util.Optional;

/**
 * AMKA, the Greek social security number: 11 digits whose last is a Luhn check digit.
 *
 * <p>The first six digits are usually the holder's birth date (DDMMYY), but numbers issued to people
 * with an unknown birth date do not follow it, so the date is not checked.
 *
 * @param digits exactly 11 decimal digits with a valid Luhn check digit
 * @since 0.1
 */
public record Amka(String digits) implements CitizenIdentifier {

    /** Length of an AMKA. */
    public static final int LENGTH = 11;

    /**
     * Validates the number.
     *
     * @throws IllegalArgumentException naming the problem (length, non-digit, check digit)
     */
    public Amka {
        Optional<String> problem = problemWith(digits);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Returns why {@code text} is not a valid AMKA, or empty if it is one. Never throws. */
    public static Optional<String> problemWith(String text) {
        if (text == null) {
            return Optional.of("AMKA is missing");
        }
        if (text.length() != LENGTH) {
            return Optional.of("AMKA must have 11 digits, but '" + text + "' has " + text.length() + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.of("AMKA must contain digits only, but '" + text + "' has '" + text.charAt(i)
                        + "' at position " + (i + 1));
            }
        }
        int expected = luhnCheckDigit(text.substring(0, LENGTH - 1));
        int actual = text.charAt(LENGTH - 1) - '0';
        if (expected != actual) {
            return Optional.of("AMKA check digit is wrong: '" + text + "' ends in " + actual
                    + " but the Luhn check digit of its first 10 digits is " + expected);
        }
        return Optional.empty();
    }

    /** Returns whether {@code text} is a valid AMKA. */
    public static boolean isValid(String text) {
        return problemWith(text).isEmpty();
    }

    /** Returns the Luhn check digit for {@code payload} (digits only). */
    static int luhnCheckDigit(String payload) {
        int sum = 0;
        boolean twice = true; // the rightmost payload digit is doubled, since the check digit follows it
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return masked(4);
    }
}
