package org.govcc.ivr.flow;

import org.govcc.api.control.PromptId;
import org.govcc.api.internal.Require;

/**
 * One thing a node says: a recorded prompt, or a value of a call variable spoken in the caller's language.
 *
 * @since 0.1
 */
public sealed interface PromptItem {

    /** Returns the recorded prompt {@code id}. */
    static PromptItem say(String id) {
        return new Say(new PromptId(id));
    }

    /**
     * A recorded prompt.
     *
     * @param prompt the prompt's id in the catalogue
     */
    record Say(PromptId prompt) implements PromptItem {
        /** Validates the value. */
        public Say {
            Require.nonNull(prompt, "prompt");
        }
    }

    /**
     * The number held in a call variable, spoken as a cardinal; nothing if the variable is unset or not a number.
     *
     * @param variable the variable's name
     */
    record SayNumber(String variable) implements PromptItem {
        /** Validates the value. */
        public SayNumber {
            Checks.variable(variable);
        }
    }

    /**
     * The duration held in a call variable (ISO-8601, e.g. {@code PT3M}), spoken in minutes or hours and minutes.
     *
     * @param variable the variable's name
     */
    record SayDuration(String variable) implements PromptItem {
        /** Validates the value. */
        public SayDuration {
            Checks.variable(variable);
        }
    }

    /**
     * The instant held in a call variable (ISO-8601), spoken as a day and time in the flow's time zone.
     *
     * @param variable the variable's name
     */
    record SayDateTime(String variable) implements PromptItem {
        /** Validates the value. */
        public SayDateTime {
            Checks.variable(variable);
        }
    }

    /**
     * A recorded prompt chosen by a variable's value: {@code prefix + slug(value)} if the catalogue has it,
     * else {@code otherwise} (e.g. the name of today's holiday).
     *
     * @param variable the variable's name
     * @param prefix prepended to the slug of the value (lower case, runs of other characters as {@code -})
     * @param otherwise the prompt when the variable is unset or its prompt is missing
     */
    record SayVariablePrompt(String variable, String prefix, PromptId otherwise) implements PromptItem {
        /** Validates the values. */
        public SayVariablePrompt {
            Checks.variable(variable);
            Require.nonNull(prefix, "prefix");
            Require.nonNull(otherwise, "otherwise");
        }

        /** Returns the prompt id for the variable's {@code value}, before the catalogue is asked. */
        public String promptFor(String value) {
            String slug = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            return prefix + slug;
        }
    }
}
