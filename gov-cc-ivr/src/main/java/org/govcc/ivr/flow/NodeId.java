package org.govcc.ivr.flow;

import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * Identifies a node within one flow.
 *
 * @param value a letter or digit, then letters, digits and {@code ._-}; 1-64 characters (safe in a JSON pointer)
 * @since 0.1
 */
public record NodeId(String value) implements Comparable<NodeId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Validates the value. */
    public NodeId {
        Require.nonNull(value, "node id");
        Require.that(FORMAT.matcher(value).matches(),
                "node id must be 1-64 letters, digits and ._- starting with a letter or digit, but was '" + value + "'");
    }

    /** Returns the node id {@code value}. */
    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
