package org.govcc.api.citizen;

import java.util.Optional;

/**
 * AFM, the Greek tax identification number: 9 digits whose last is a mod-11 check digit.
 *
 * <p>The check: multiply the first eight digits by 2^8 ... 2^1, sum, take the remainder mod 11, then mod 10;
 * it must equal the ninth digit. The all-zero number is not valid.
 *
 * @param digits exactly 9 decimal digits with a valid check digit
 * @since 0.1
 */
public record Afm(String digits) implements CitizenIdentifier {

    /** Length of an AFM. */
    public static final int LENGTH = 9;

    /**
     * Validates the number.
     *
     * @throws IllegalArgumentException naming the problem (length, non-digit, all zeros, check digit)
     */
    public Afm {
        Optional<String> problem = problemWith(digits);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Returns why {@code text} is not a valid AFM, or empty if it is one. Never throws. */
    public static Optional<String> problemWith(String text) {
        if (text == null) {
            return Optional.of("AFM is missing");
        }
        if (text.length() != LENGTH) {
            return Optional.of("AFM must have 9 digits, but '" + text + "' has " + text.length() + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.of("AFM must contain digits only, but '" + text + "' has '" + text.charAt(i)
                        + "' at position " + (i + 1));
            }
        }
        if (text.equals("000000000")) {
            return Optional.of("AFM must not be all zeros");
        }
        int expected = checkDigit(text);
        int actual = text.charAt(LENGTH - 1) - '0';
        if (expected != actual) {
            return Optional.of("AFM check digit is wrong: '" + text + "' ends in " + actual
                    + " but the mod-11 check digit of its first 8 digits is " + expected);
        }
        return Optional.empty();
    }

    /** Returns whether {@code text} is a valid AFM. */
    public static boolean isValid(String text) {
        return problemWith(text).isEmpty();
    }

    private static int checkDigit(String text) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (text.charAt(i) - '0') << (LENGTH - 1 - i);
        }
        return sum % 11 % 10;
    }

    @Override
    public String toString() {
        return masked(3);
    }
}
