package org.govcc.reference.rest.requests;

/** The form of the ids a request names (lines, topics, calls), as the API's {@code Require.id} checks them. */
final class Ids {

    /** Letters, digits and {@code ._:@+-}, 1-128 characters, starting with a letter or digit. */
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}";

    /** The violation's message. */
    static final String MESSAGE = "must be 1-128 letters, digits and ._:@+- starting with a letter or digit";

    private Ids() {
    }
}
