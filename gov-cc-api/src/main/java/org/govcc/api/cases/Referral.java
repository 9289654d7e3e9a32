package org.govcc.api.cases;

import org.govcc.api.internal.Require;

/**
 * Where a referred case went: the other body and the reference it gave the case there.
 *
 * @param body the other body's id or name (it need not be one the line's agents work for), at most 200 characters
 * @param reference that body's reference of the case, at most 64 characters
 * @since 0.1
 */
public record Referral(String body, String reference) {

    /** The longest body accepted. */
    public static final int MAX_BODY = 200;

    /** The longest reference accepted. */
    public static final int MAX_REFERENCE = 64;

    /** Validates the values. */
    public Referral {
        Require.nonBlank(body, "referral body");
        Require.that(body.length() <= MAX_BODY, "referral body must be at most " + MAX_BODY
                + " characters, but has " + body.length());
        Require.nonBlank(reference, "referral reference");
        Require.that(reference.length() <= MAX_REFERENCE, "referral reference must be at most " + MAX_REFERENCE
                + " characters, but has " + reference.length());
    }
}
