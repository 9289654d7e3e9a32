package org.govcc.ivr.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * Plays a menu and follows the key the caller presses; wrong keys and silence are retried, then the flow
 * goes to {@code onFailure}. Prompts always allow barge-in.
 *
 * @param prompts the menu, in order; at least one
 * @param options key -> next node
 * @param timeout how long to wait for a key after the prompts; the validator refuses a menu without one
 * @param retries how many times the menu is offered again after a wrong key or silence (0-9)
 * @param invalidPrompts said after a wrong key, before the menu again
 * @param noInputPrompts said after silence, before the menu again
 * @param onFailure where to go after the last retry; the validator refuses a menu without one
 * @since 0.1
 */
public record MenuNode(List<PromptItem> prompts, Map<Character, NodeId> options, Optional<Duration> timeout,
        int retries, List<PromptItem> invalidPrompts, List<PromptItem> noInputPrompts, Optional<NodeId> onFailure)
        implements Node {

    /** Validates the values. */
    public MenuNode {
        prompts = Checks.prompts(prompts, "prompts");
        Require.that(!prompts.isEmpty(), "a menu needs at least one prompt");
        options = Checks.keyMap(options, "options");
        Require.nonNull(timeout, "timeout");
        timeout.ifPresent(t -> Require.that(!t.isNegative() && !t.isZero(), "menu timeout must be positive, but was " + t));
        Require.inRange(retries, 0, 9, "retries");
        invalidPrompts = Checks.prompts(invalidPrompts, "invalidPrompts");
        noInputPrompts = Checks.prompts(noInputPrompts, "noInputPrompts");
        Require.nonNull(onFailure, "onFailure");
    }

    @Override
    public String kind() {
        return "menu";
    }

    @Override
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        options.forEach((k, target) -> edges.add(new Edge(String.valueOf(k), "options/" + k, target, true)));
        onFailure.ifPresent(f -> edges.add(new Edge("no valid key", "onFailure", f, false)));
        return List.copyOf(edges);
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        Map<String, List<PromptItem>> lists = new LinkedHashMap<>();
        lists.put("prompts", prompts);
        lists.put("invalidPrompts", invalidPrompts);
        lists.put("noInputPrompts", noInputPrompts);
        return lists;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.menu(this);
    }
}
