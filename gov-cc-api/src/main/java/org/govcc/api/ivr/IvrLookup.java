package org.govcc.api.ivr;

import java.util.Optional;
import org.govcc.api.call.CallVariables;

/**
 * Something a flow's {@code lookup} node asks of the centre's systems, with what the caller has said so far (e.g. a
 * request's status from its reference and the caller's AMKA). Registered with the interpreter under a name the flow
 * gives; its answer goes into a call variable, which the flow then speaks or branches on.
 *
 * <p>Called on the line's thread while the caller waits: an implementation answers in milliseconds and never
 * blocks for long. One that throws is logged and the flow goes on as if it found nothing.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IvrLookup {

    /**
     * Returns the answer for {@code variables}, or empty when there is none (the flow's variable is then
     * {@code none}).
     */
    Optional<String> lookUp(CallVariables variables);
}
