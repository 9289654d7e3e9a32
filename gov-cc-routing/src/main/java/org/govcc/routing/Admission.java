package org.govcc.routing;

import java.time.Duration;
import org.govcc.api.internal.Require;

/**
 * What became of a request to queue a call: queued (perhaps already offered to an agent), or refused.
 *
 * @since 0.1
 */
public sealed interface Admission permits Admission.Queued, Admission.Refused {

    /** Returns whether the call was accepted. */
    boolean accepted();

    /**
     * The call waits in its queue, or was offered to an agent at once.
     *
     * @param position 1 = next; 0 when offered at once
     * @param estimatedWait the estimator's prediction for this caller (see {@link WaitEstimate})
     * @param offeredAtOnce whether an agent was reserved immediately
     */
    record Queued(int position, Duration estimatedWait, boolean offeredAtOnce) implements Admission {
        /** Validates the values. */
        public Queued {
            Require.nonNegative(position, "position");
            Require.nonNull(estimatedWait, "estimatedWait");
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * The queue refused the call (e.g. it is full); the caller side decides what the caller hears.
     *
     * @param reason why, in English
     */
    record Refused(String reason) implements Admission {
        /** Validates the value. */
        public Refused {
            Require.nonBlank(reason, "reason");
        }

        @Override
        public boolean accepted() {
            return false;
        }
    }
}
