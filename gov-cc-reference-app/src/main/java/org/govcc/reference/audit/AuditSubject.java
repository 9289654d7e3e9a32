package org.govcc.reference.audit;

import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * What an audit entry is about: a kind of record and its id, e.g. {@code case C17}, {@code complaint 42},
 * {@code audit-trail govcc}. Never a caller's number or a person's name: the trail is kept for years and read by
 * administrators.
 *
 * @param type the kind, 1-32 characters of lowercase letters, digits and {@code -}, starting with a letter
 * @param id the record's id, 1-128 characters, not blank
 */
public record AuditSubject(String type, String id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** Validates the values. */
    public AuditSubject {
        Require.nonNull(type, "subject type");
        Require.that(TYPE.matcher(type).matches(), "an audit subject's type must be 1-32 lowercase letters, digits"
                + " or '-' starting with a letter, but was '" + type + "'");
        Require.nonBlank(id, "subject id");
        Require.that(id.length() <= 128, "an audit subject's id must be at most 128 characters, but was "
                + id.length());
    }

    /** The subject {@code type id}. */
    public static AuditSubject of(String type, String id) {
        return new AuditSubject(type, id);
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
