package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import org.govcc.api.internal.Require;

/**
 * Sets a call variable (it travels with the call to the agent), then goes on. Setting {@value #LANGUAGE} switches
 * the call's language, as a language choice does: a menu key can then choose a language and an action at once.
 *
 * @param variable the name
 * @param value the value, at most 1,024 characters
 * @param next the node after
 * @since 0.1
 */
public record SetVariableNode(String variable, String value, NodeId next) implements Node {

    /** The variable that holds the call's language (a language code of the flow's). */
    public static final String LANGUAGE = "language";

    /** Validates the values. */
    public SetVariableNode {
        Checks.variable(variable);
        Require.nonNull(value, "value");
        Require.that(value.length() <= 1024, "value must be at most 1024 characters");
        Require.nonNull(next, "next");
    }

    @Override
    public String kind() {
        return "setVariable";
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
        return visitor.setVariable(this);
    }
}
