package org.govcc.reference.persistence;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.QueueId;

/**
 * A callback the line accepted that has not been made yet, as the records keep it across a restart.
 *
 * @param call the call that asked for it (the callback keeps its id)
 * @param line the line it was asked on
 * @param queue the queue it waits in
 * @param number the number to dial
 * @param language the caller's language, when the records know it
 * @param requestedAt when the call arrived: the callback's place among the others
 */
public record PendingCallback(CallId call, LineId line, QueueId queue, PhoneNumber number,
                              Optional<Language> language, Instant requestedAt) {
    /** Validates the values. */
    public PendingCallback {
        Require.nonNull(call, "call");
        Require.nonNull(line, "line");
        Require.nonNull(queue, "queue");
        Require.nonNull(number, "number");
        Require.nonNull(language, "language");
        Require.nonNull(requestedAt, "requestedAt");
    }
}
