package org.govcc.api.call;

import java.util.Locale;
import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * A language a caller is served in, as an ISO 639-1/639-2 code such as {@code el} or {@code en}.
 *
 * @param code two or three lower-case letters
 * @since 0.1
 */
public record Language(String code) {

    // Declared before the constants below, which need it during class initialisation.
    private static final Pattern FORMAT = Pattern.compile("[a-z]{2,3}");

    /** Greek, the default of the reference line. */
    public static final Language GREEK = new Language("el");
    /** English. */
    public static final Language ENGLISH = new Language("en");

    /** Validates the code. */
    public Language {
        Require.nonNull(code, "language code");
        Require.that(FORMAT.matcher(code).matches(),
                "language code must be 2-3 lower-case letters (ISO 639), but was '" + code + "'");
    }

    /** Returns the {@link Locale} for this language. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
