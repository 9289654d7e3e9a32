package org.govcc.reference.rest.validation;

/** Bean Validation message templates from plain text. */
final class Messages {

    private Messages() {
    }

    /** Returns {@code text} as a template that interpolates to itself: its braces, dollars and backslashes escaped. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
