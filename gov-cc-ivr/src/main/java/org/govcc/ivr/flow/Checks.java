package org.govcc.ivr.flow;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/** Preconditions shared by the model records. Not API. */
final class Checks {

    private static final Pattern VARIABLE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.]{0,63}");
    static final String KEYS = "0123456789*#";

    private Checks() {
    }

    /** Checks a call-variable name as {@link org.govcc.api.call.CallVariables} accepts it. */
    static String variable(String variable) {
        Require.nonNull(variable, "variable");
        Require.that(VARIABLE.matcher(variable).matches(),
                "variable name must match [a-zA-Z][a-zA-Z0-9_.]{0,63}, but was '" + variable + "'");
        return variable;
    }

    /** Returns an unmodifiable copy of a prompt list. */
    static List<PromptItem> prompts(List<PromptItem> prompts, String field) {
        Require.nonNull(prompts, field);
        return List.copyOf(prompts);
    }

    /** Checks a key of the telephone keypad. */
    static void key(char key, String field) {
        Require.that(KEYS.indexOf(key) >= 0, field + " must be one of 0-9 * #, but was '" + key + "'");
    }

    /** Returns an unmodifiable, key-ordered copy of a map keyed by keypad keys. */
    static <V> Map<Character, V> keyMap(Map<Character, V> map, String field) {
        Require.nonNull(map, field);
        java.util.TreeMap<Character, V> copy = new java.util.TreeMap<>();
        map.forEach((k, v) -> {
            key(k, field + " key");
            copy.put(k, Require.nonNull(v, field + " '" + k + "'"));
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
