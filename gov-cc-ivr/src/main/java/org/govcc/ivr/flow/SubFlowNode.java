package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowId;

/**
 * Runs another flow from its start (or from {@code entry}); its {@link ReturnNode} comes back to {@code next}.
 * A sub-flow that leaves the IVR (queue, transfer, hang-up) ends the call's IVR part as usual.
 *
 * @param flow the flow called
 * @param entry the node to start at, if not the called flow's start
 * @param next where a return comes back to
 * @since 0.1
 */
public record SubFlowNode(FlowId flow, Optional<NodeId> entry, NodeId next) implements Node {

    /** Validates the values. */
    public SubFlowNode {
        Require.nonNull(flow, "flow");
        Require.nonNull(entry, "entry");
        Require.nonNull(next, "next");
    }

    @Override
    public String kind() {
        return "subFlow";
    }

    @Override
    public List<Edge> edges() {
        return List.of(new Edge("return", "next", next, false));
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        return Map.of();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.subFlow(this);
    }
}
