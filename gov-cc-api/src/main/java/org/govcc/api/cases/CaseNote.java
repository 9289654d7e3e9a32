package org.govcc.api.cases;

import java.time.Instant;
import org.govcc.api.internal.Require;

/**
 * A note on a case, written by an actor.
 *
 * @param author who wrote it
 * @param text the note, at most 20,000 characters
 * @param at when
 * @since 0.1
 */
public record CaseNote(String author, String text, Instant at) {
    /** Validates the values. */
    public CaseNote {
        Require.id(author, "author");
        Require.nonBlank(text, "note text");
        Require.that(text.length() <= 20_000, "note text must be at most 20000 characters, but has " + text.length());
        Require.nonNull(at, "at");
    }
}
