package org.govcc.reference.persistence;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * A sealed line's callback, consented to by its caller, that has not been made yet, as the records keep it across a
 * restart: the number only sealed.
 *
 * @param call the callback's call
 * @param line the sealed line
 * @param queue the queue it waits in
 * @param number the caller's number, sealed by the SIP edge
 * @param window when the caller may be dialled
 * @param language the caller's language, when the records know it
 * @param requestedAt when it was arranged: its place among the others
 */
public record PendingSealedCallback(CallId call, LineId line, QueueId queue, SealedNumber number,
                                    CallbackWindow window, Optional<Language> language, Instant requestedAt) {
    /** Validates the values. */
    public PendingSealedCallback {
        Require.nonNull(call, "call");
        Require.nonNull(line, "line");
        Require.nonNull(queue, "queue");
        Require.nonNull(number, "number");
        Require.nonNull(window, "window");
        Require.nonNull(language, "language");
        Require.nonNull(requestedAt, "requestedAt");
    }
}
