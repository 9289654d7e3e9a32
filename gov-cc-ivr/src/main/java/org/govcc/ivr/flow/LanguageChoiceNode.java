package org.govcc.ivr.flow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;

/**
 * Offers other languages ("For English, press 9"); a chosen key switches the call's language, any other key
 * or silence keeps it. Either way the flow goes on to {@code next}.
 *
 * @param prompts the offer; at least one; barge-in always
 * @param choices key -> language
 * @param timeout how long to wait after the prompts
 * @param next the node after the choice
 * @since 0.1
 */
public record LanguageChoiceNode(List<PromptItem> prompts, Map<Character, Language> choices, Duration timeout,
        NodeId next) implements Node {

    /** Validates the values. */
    public LanguageChoiceNode {
        prompts = Checks.prompts(prompts, "prompts");
        Require.that(!prompts.isEmpty(), "a language choice needs at least one prompt");
        choices = Checks.keyMap(choices, "choices");
        Require.that(!choices.isEmpty(), "a language choice needs at least one choice");
        Require.nonNull(timeout, "timeout");
        Require.that(!timeout.isNegative(), "timeout must not be negative, but was " + timeout);
        Require.nonNull(next, "next");
    }

    @Override
    public String kind() {
        return "languageChoice";
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
        return visitor.languageChoice(this);
    }
}
