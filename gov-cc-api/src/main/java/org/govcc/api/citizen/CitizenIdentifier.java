package org.govcc.api.citizen;

/**
 * A citizen identifier whose check digit has been verified.
 *
 * @since 0.1
 */
public sealed interface CitizenIdentifier permits Amka, Afm {

    /** The identifier's digits. */
    String digits();

    /** Returns the digits with all but the last {@code visible} replaced by {@code *}, for logs and screens. */
    default String masked(int visible) {
        String d = digits();
        int keep = Math.max(0, Math.min(visible, d.length()));
        return "*".repeat(d.length() - keep) + d.substring(d.length() - keep);
    }
}
