package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;

/**
 * Returns from a sub-flow to the calling {@link SubFlowNode}'s {@code next}. Reached in a flow that was not
 * called as a sub-flow, it ends the call normally.
 *
 * @since 0.1
 */
public record ReturnNode() implements Node {

    @Override
    public String kind() {
        return "return";
    }

    @Override
    public List<Edge> edges() {
        return List.of();
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        return Map.of();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.returnNode(this);
    }
}
