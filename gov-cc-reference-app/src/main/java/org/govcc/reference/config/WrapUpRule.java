package org.govcc.reference.config;

import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * What a wrap-up on a queue must record, from {@code agent-desk.json}. Immutable.
 *
 * @param codeRequired whether the agent must pick a wrap-up code before ending the wrap-up
 * @param defaultCode the code recorded when the wrap-up time runs out without one
 */
public record WrapUpRule(boolean codeRequired, Optional<String> defaultCode) {

    /** No code asked for, none recorded by default. */
    public static final WrapUpRule NONE = new WrapUpRule(false, Optional.empty());

    /** Validates the value. */
    public WrapUpRule {
        Require.nonNull(defaultCode, "defaultCode");
    }
}
