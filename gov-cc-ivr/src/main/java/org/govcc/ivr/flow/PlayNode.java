package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import org.govcc.api.internal.Require;

/**
 * Plays prompts, then goes on.
 *
 * @param prompts what to say, in order; at least one
 * @param bargeIn whether a key press cuts the prompts short (the key is kept as type-ahead for the next
 *     node that reads keys)
 * @param next the node after the prompts
 * @since 0.1
 */
public record PlayNode(List<PromptItem> prompts, boolean bargeIn, NodeId next) implements Node {

    /** Validates the values. */
    public PlayNode {
        prompts = Checks.prompts(prompts, "prompts");
        Require.that(!prompts.isEmpty(), "a play node needs at least one prompt");
        Require.nonNull(next, "next");
    }

    @Override
    public String kind() {
        return "play";
    }

    @Override
    public List<Edge> edges() {
        return List.of(new Edge("next", "next", next, false));
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        return Map.of("prompts", prompts);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.play(this);
    }
}
