package org.govcc.ivr.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * Collects a number keyed by the caller (e.g. an AMKA), checks it and stores it in a call variable.
 *
 * <p>Entry ends at {@code maxLength} digits, at the terminator key, or after {@code timeout} without a key.
 * An entry that is too short or fails the validator is retried, then the flow goes to {@code onFailure}.
 * The terminator alone (no digits) takes {@code skip}, when given: that is how an entry is made optional.
 *
 * @param prompts the request, in order; at least one; barge-in always
 * @param variable the call variable that receives the digits
 * @param minLength fewest digits (1-64)
 * @param maxLength most digits (minLength-64)
 * @param terminator the key that ends the entry, usually {@code #}
 * @param validator the check applied to the digits
 * @param timeout how long to wait for the first and for each following key
 * @param retries how many times the request is repeated after a bad entry or silence (0-9)
 * @param invalidPrompts said after a bad entry, before the request again
 * @param next where to go with a good entry
 * @param skip where the terminator alone leads, if skipping is allowed
 * @param onFailure where to go after the last retry
 * @since 0.1
 */
public record CollectDigitsNode(List<PromptItem> prompts, String variable, int minLength, int maxLength,
        Optional<Character> terminator, DigitValidator validator, Optional<Duration> timeout, int retries,
        List<PromptItem> invalidPrompts, NodeId next, Optional<NodeId> skip, Optional<NodeId> onFailure)
        implements Node {

    /** Validates the values. */
    public CollectDigitsNode {
        prompts = Checks.prompts(prompts, "prompts");
        Require.that(!prompts.isEmpty(), "a collect-digits node needs at least one prompt");
        Checks.variable(variable);
        Require.inRange(minLength, 1, 64, "minLength");
        Require.inRange(maxLength, minLength, 64, "maxLength");
        Require.nonNull(terminator, "terminator");
        terminator.ifPresent(t -> Checks.key(t, "terminator"));
        Require.nonNull(validator, "validator");
        Require.nonNull(timeout, "timeout");
        timeout.ifPresent(t -> Require.that(!t.isNegative() && !t.isZero(), "timeout must be positive, but was " + t));
        Require.inRange(retries, 0, 9, "retries");
        invalidPrompts = Checks.prompts(invalidPrompts, "invalidPrompts");
        Require.nonNull(next, "next");
        Require.nonNull(skip, "skip");
        Require.nonNull(onFailure, "onFailure");
    }

    @Override
    public String kind() {
        return "collectDigits";
    }

    @Override
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        edges.add(new Edge("valid entry", "next", next, true));
        skip.ifPresent(s -> edges.add(new Edge("skipped", "skip", s, true)));
        onFailure.ifPresent(f -> edges.add(new Edge("no valid entry", "onFailure", f, false)));
        return List.copyOf(edges);
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        Map<String, List<PromptItem>> lists = new LinkedHashMap<>();
        lists.put("prompts", prompts);
        lists.put("invalidPrompts", invalidPrompts);
        return lists;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.collectDigits(this);
    }
}
