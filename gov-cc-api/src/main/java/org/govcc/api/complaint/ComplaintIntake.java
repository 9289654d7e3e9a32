package org.govcc.api.complaint;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.LineId;
import org.govcc.api.internal.Require;

/**
 * What a complaint line received: who (or anonymous), on which call, what the caller chose, what they said.
 *
 * @param line the line
 * @param call the call, if it came by phone
 * @param caller the caller; anonymous when they chose anonymity
 * @param chosenCategory what the caller chose in the IVR, if anything
 * @param summary the specialist's summary; may be empty at intake
 * @param receivedAt when
 * @since 0.1
 */
public record ComplaintIntake(LineId line, Optional<CallId> call, CallerId caller,
                             Optional<ComplaintCategory> chosenCategory, String summary, Instant receivedAt) {
    /** Validates the values. */
    public ComplaintIntake {
        Require.nonNull(line, "line");
        Require.nonNull(call, "call");
        Require.nonNull(caller, "caller");
        Require.nonNull(chosenCategory, "chosenCategory");
        Require.nonNull(summary, "summary");
        Require.that(summary.length() <= 20_000, "summary must be at most 20000 characters");
        Require.nonNull(receivedAt, "receivedAt");
    }
}
