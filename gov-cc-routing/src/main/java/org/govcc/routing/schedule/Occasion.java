package org.govcc.routing.schedule;

import org.govcc.api.internal.Require;

/**
 * The name of a holiday or of a special day, in English and in Greek, as agents read it and callers hear it.
 *
 * @param english the English name, e.g. {@code Clean Monday}; not blank
 * @param greek the Greek name, e.g. {@code Καθαρά Δευτέρα}; not blank
 * @since 0.1
 */
public record Occasion(String english, String greek) {

    /** Validates the names. */
    public Occasion {
        Require.nonBlank(english, "occasion english name");
        Require.nonBlank(greek, "occasion greek name");
    }

    /** Returns the occasion named {@code english} and {@code greek}. */
    public static Occasion of(String english, String greek) {
        return new Occasion(english, greek);
    }

    /** Returns one occasion naming both this and {@code other} (two holidays on one date), this one first. */
    public Occasion and(Occasion other) {
        Require.nonNull(other, "other");
        return new Occasion(english + " / " + other.english, greek + " / " + other.greek);
    }

    @Override
    public String toString() {
        return english + " (" + greek + ")";
    }
}
