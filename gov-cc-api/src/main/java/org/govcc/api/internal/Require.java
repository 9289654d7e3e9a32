package org.govcc.api.internal;

import java.util.regex.Pattern;

/**
 * The one precondition helper of gov-cc; not API, may change without notice.
 *
 * <p>Every failure is an {@link IllegalArgumentException} or {@link NullPointerException} whose
 * message names the offending field and value. Thread-safe (stateless).
 */
public final class Require {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}");

    private Require() {
    }

    /** Returns {@code value} or throws a {@link NullPointerException} naming {@code field}. */
    public static <T> T nonNull(T value, String field) {
        // A plain test, not Objects.requireNonNull with a message supplier: that allocates a lambda on every call,
        // and records validate on every construction (a fifth of a simulated day's time).
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /** Returns {@code value} if it is a valid identifier (1-128 chars: letters, digits, {@code ._:@+-}). */
    public static String id(String value, String field) {
        nonNull(value, field);
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 1-128 characters of letters, digits and ._:@+- "
                    + "starting with a letter or digit, but was '" + value + "'");
        }
        return value;
    }

    /** Returns {@code value} if it is not blank. */
    public static String nonBlank(String value, String field) {
        nonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value} if it lies within {@code [min, max]}. */
    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", but was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is zero or more. */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, but was " + value);
        }
        return value;
    }

    /** Throws an {@link IllegalArgumentException} with {@code message} unless {@code condition} holds. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
