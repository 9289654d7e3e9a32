package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.internal.Require;

/**
 * Leaves the IVR: after the prompts the caller is transferred to an outside number (e.g. 112, another agency).
 *
 * @param number where to
 * @param prompts said before the transfer (may be empty)
 * @since 0.1
 */
public record TransferNode(PhoneNumber number, List<PromptItem> prompts) implements Node {

    /** Validates the values. */
    public TransferNode {
        Require.nonNull(number, "number");
        prompts = Checks.prompts(prompts, "prompts");
    }

    @Override
    public String kind() {
        return "transfer";
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
        return visitor.transfer(this);
    }
}
