package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.TopicId;

/**
 * Leaves the IVR: the call is queued for a topic ({@link org.govcc.api.ivr.IvrOutcome.Queue}). Sets the call
 * variable {@code topic}.
 *
 * @param topic the topic
 * @param priority the priority the flow gives the call; empty (the usual case) for the priority of the topic's
 *                 queue, so that the queues' configuration orders calls across queues
 * @param prompts said before the call leaves the IVR (may be empty)
 * @since 0.1
 */
public record QueueNode(TopicId topic, Optional<Priority> priority, List<PromptItem> prompts) implements Node {

    /** Validates the values. */
    public QueueNode {
        Require.nonNull(topic, "topic");
        Require.nonNull(priority, "priority");
        prompts = Checks.prompts(prompts, "prompts");
    }

    @Override
    public String kind() {
        return "queue";
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
        return visitor.queue(this);
    }
}
