package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.internal.Require;

/**
 * Transfers the caller to an outside number (e.g. 112, another agency) after the prompts, and waits for the outcome
 * with the caller on the line: when the transfer completes the call leaves the IVR
 * ({@link org.govcc.api.ivr.IvrOutcome.Transferred}); when it cannot be made (no outbound trunk, busy, no answer, the
 * trunk down) the flow goes on at {@code onFailure} with the caller still connected, and the variable
 * {@code transfer.failure} holds the reason's code (e.g. {@code no_trunk}). A caller is never hung up on because a
 * transfer failed.
 *
 * @param number where to
 * @param prompts said before the transfer (may be empty)
 * @param onFailure where the flow goes on when the transfer cannot be made
 * @since 0.1
 */
public record TransferNode(PhoneNumber number, List<PromptItem> prompts, NodeId onFailure) implements Node {

    /** Validates the values. */
    public TransferNode {
        Require.nonNull(number, "number");
        prompts = Checks.prompts(prompts, "prompts");
        Require.nonNull(onFailure, "onFailure");
    }

    @Override
    public String kind() {
        return "transfer";
    }

    @Override
    public List<Edge> edges() {
        return List.of(new Edge("transfer failed", "onFailure", onFailure, false));
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
