package org.govcc.api.complaint;

import java.time.Instant;
import org.govcc.api.internal.Require;

/**
 * A note a complaint officer appended to a complaint. Notes are never changed or removed, only appended.
 *
 * @param author who wrote it
 * @param text the note, at most 20,000 characters
 * @param at when
 * @since 0.2
 */
public record ComplaintNote(String author, String text, Instant at) {
    /** The longest note. */
    public static final int MAX_LENGTH = 20_000;

    /** Validates the values. */
    public ComplaintNote {
        Require.id(author, "author");
        Require.nonBlank(text, "note text");
        Require.that(text.length() <= MAX_LENGTH, "note text must be at most 20000 characters, but has "
                + text.length());
        Require.nonNull(at, "at");
    }
}
