package org.govcc.reference.config;

import java.util.Map;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * What an agent records when a call ends, from {@code wrap-up-codes.json}. Immutable.
 *
 * @param code the stored code
 * @param names what agents read, per language
 * @param queues the queues that offer it; empty for every queue
 */
public record WrapUpCode(String code, Map<Language, String> names, Set<QueueId> queues) {
    /** Validates the values and freezes the collections. */
    public WrapUpCode {
        Require.id(code, "code");
        names = Map.copyOf(Require.nonNull(names, "names"));
        queues = Set.copyOf(Require.nonNull(queues, "queues"));
    }

    /** Returns whether the code is offered on {@code queue}. */
    public boolean offeredOn(QueueId queue) {
        return queues.isEmpty() || queues.contains(queue);
    }
}
