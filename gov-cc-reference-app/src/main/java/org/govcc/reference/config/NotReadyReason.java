package org.govcc.reference.config;

import java.util.Map;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;

/**
 * A reason an agent may give for not taking calls, from {@code agent-desk.json}. Immutable.
 *
 * @param code the reason the distributor keeps
 * @param names what agents read, per language
 */
public record NotReadyReason(BreakReason code, Map<Language, String> names) {
    /** Validates the values and freezes the names. */
    public NotReadyReason {
        Require.nonNull(code, "code");
        names = Map.copyOf(Require.nonNull(names, "names"));
    }
}
