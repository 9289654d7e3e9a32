package org.govcc.api.call;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * Values gathered on a call's way (language, topic, AMKA entered, ...) that travel with it to the agent.
 *
 * <p>Immutable: {@link #with} returns a new instance. Names are identifiers
 * ({@code [a-zA-Z][a-zA-Z0-9_.]*}); values are at most 1,024 characters.
 *
 * @param values the variables, in the order they were set
 * @since 0.1
 */
public record CallVariables(Map<String, String> values) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.]{0,63}");
    private static final CallVariables EMPTY = new CallVariables(Map.of());

    /** Validates names and values and freezes the map. */
    public CallVariables {
        Require.nonNull(values, "values");
        for (Map.Entry<String, String> e : values.entrySet()) {
            checkName(e.getKey());
            Require.nonNull(e.getValue(), "value of variable " + e.getKey());
            Require.that(e.getValue().length() <= 1024,
                    "value of variable " + e.getKey() + " must be at most 1024 characters");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Returns the empty set of variables. */
    public static CallVariables empty() {
        return EMPTY;
    }

    /** Returns a copy with {@code name} set to {@code value}. */
    public CallVariables with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new CallVariables(copy);
    }

    /** Returns the value of {@code name}, if set. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private static void checkName(String name) {
        Require.nonNull(name, "variable name");
        Require.that(NAME.matcher(name).matches(),
                "variable name must match [a-zA-Z][a-zA-Z0-9_.]{0,63}, but was '" + name + "'");
    }
}
