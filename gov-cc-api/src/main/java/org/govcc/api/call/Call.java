package org.govcc.api.call;

import java.time.Instant;
import org.govcc.api.internal.Require;

/**
 * One citizen's call as the engines see it: what is known when it arrives.
 *
 * @param id the call's identity
 * @param line the line that was dialled (resolved from the dialled number)
 * @param caller the caller's number, or anonymous
 * @param language the language the caller is served in; the line's default until the caller chooses
 * @param direction inbound, or outbound for callbacks
 * @param arrivedAt when the call reached the line
 * @since 0.1
 */
public record Call(CallId id, LineId line, CallerId caller, Language language, Direction direction, Instant arrivedAt) {

    /** Validates the values. */
    public Call {
        Require.nonNull(id, "id");
        Require.nonNull(line, "line");
        Require.nonNull(caller, "caller");
        Require.nonNull(language, "language");
        Require.nonNull(direction, "direction");
        Require.nonNull(arrivedAt, "arrivedAt");
    }

    /** Returns an inbound call. */
    public static Call inbound(CallId id, LineId line, CallerId caller, Language language, Instant arrivedAt) {
        return new Call(id, line, caller, language, Direction.INBOUND, arrivedAt);
    }

    /** Returns a copy of this call served in {@code newLanguage}. */
    public Call withLanguage(Language newLanguage) {
        return new Call(id, line, caller, newLanguage, direction, arrivedAt);
    }

    /**
     * Returns a copy of this call with the caller's number dropped (for confidential lines); a pseudonym, which holds
     * no number, is kept.
     */
    public Call anonymised() {
        return new Call(id, line, caller.withoutNumber(), language, direction, arrivedAt);
    }
}
