package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.internal.Require;

/**
 * Leaves the IVR: says the prompts (no barge-in) and ends the call.
 *
 * @param prompts said before the end (may be empty)
 * @param reason why the line ends the call
 * @since 0.1
 */
public record HangUpNode(List<PromptItem> prompts, HangUpReason reason) implements Node {

    /** Validates the values. */
    public HangUpNode {
        prompts = Checks.prompts(prompts, "prompts");
        Require.nonNull(reason, "reason");
    }

    @Override
    public String kind() {
        return "hangUp";
    }

    @Override
    public List<Edge> edges() {
        return List.of();
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        return Map.of("prompts", prompts);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.hangUp(this);
    }
}
