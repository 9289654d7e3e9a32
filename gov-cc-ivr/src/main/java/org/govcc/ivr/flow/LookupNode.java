package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import org.govcc.api.internal.Require;

/**
 * Asks the centre's systems (an {@link org.govcc.api.ivr.IvrLookup} registered under {@code lookup}) with the
 * call's variables, puts the answer ({@code none} when there is none) into {@code into}, then goes on.
 *
 * @param lookup the registered lookup's name
 * @param into the variable that takes the answer
 * @param next the node after
 * @since 0.1
 */
public record LookupNode(String lookup, String into, NodeId next) implements Node {

    /** The value {@code into} takes when the lookup finds nothing or fails. */
    public static final String NONE = "none";

    /** Validates the values. */
    public LookupNode {
        Require.id(lookup, "lookup");
        Checks.variable(into);
        Require.nonNull(next, "next");
    }

    @Override
    public String kind() {
        return "lookup";
    }

    @Override
    public List<Edge> edges() {
        return List.of(new Edge("next", "next", next, false));
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        return Map.of();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.lookup(this);
    }
}
