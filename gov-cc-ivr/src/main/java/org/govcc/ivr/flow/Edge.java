package org.govcc.ivr.flow;

import org.govcc.api.internal.Require;

/**
 * A way out of a node, for the validator and the diagrams.
 *
 * @param label what takes this way (e.g. {@code "1"}, {@code "next"}, {@code "no input"}), for people
 * @param field the node's JSON field that names the target, relative to the node (e.g. {@code "options/1"})
 * @param target the node reached
 * @param needsInput whether only a caller's key press takes this way; a cycle of edges that need no input
 *     could spin forever and is refused by the validator
 * @since 0.1
 */
public record Edge(String label, String field, NodeId target, boolean needsInput) {
    /** Validates the values. */
    public Edge {
        Require.nonBlank(label, "label");
        Require.nonBlank(field, "field");
        Require.nonNull(target, "target");
    }
}
