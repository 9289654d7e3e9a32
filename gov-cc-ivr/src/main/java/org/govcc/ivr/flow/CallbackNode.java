package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.TopicId;

/**
 * Leaves the IVR with a callback request for a topic ({@link org.govcc.api.ivr.IvrOutcome.Callback}) to the
 * presented caller number, after the confirmation prompts; then the interpreter ends the call. A caller who cannot
 * be called back goes to {@code ifNoNumber} without hearing the confirmation: no presented number, or no outbound
 * trunk (the interpreter was not built with {@code canDialOut(true)}); the variable {@code callback.unavailable} then
 * says which ({@code no-number} or {@code no-trunk}), e.g. for a {@code promptFor} that explains it.
 *
 * @param topic the topic
 * @param prompts the confirmation (may be empty)
 * @param ifNoNumber where a caller who cannot be called back goes (no presented number, or no outbound trunk)
 * @since 0.1
 */
public record CallbackNode(TopicId topic, List<PromptItem> prompts, NodeId ifNoNumber) implements Node {

    /** Validates the values. */
    public CallbackNode {
        Require.nonNull(topic, "topic");
        prompts = Checks.prompts(prompts, "prompts");
        Require.nonNull(ifNoNumber, "ifNoNumber");
    }

    @Override
    public String kind() {
        return "callback";
    }

    @Override
    public List<Edge> edges() {
        return List.of(new Edge("no caller number", "ifNoNumber", ifNoNumber, false));
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        return Map.of("prompts", prompts);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.callback(this);
    }
}
