package org.govcc.api.schedule;

import java.time.Instant;
import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * Whether a schedule is open at an instant; if closed, why and until when.
 *
 * @since 0.1
 */
public sealed interface ServiceStatus permits ServiceStatus.Open, ServiceStatus.Closed {

    /** Returns whether the service is open. */
    boolean isOpen();

    /**
     * Open.
     *
     * @param closesAt when the current opening ends; empty for always-open schedules
     */
    record Open(Optional<Instant> closesAt) implements ServiceStatus {
        /** Validates the value. */
        public Open {
            Require.nonNull(closesAt, "closesAt");
        }

        @Override
        public boolean isOpen() {
            return true;
        }
    }

    /**
     * Closed.
     *
     * @param reason why
     * @param occasion the holiday's or closure's name, in English (e.g. "Easter Monday"); empty outside hours
     * @param nextOpening when it opens again; empty if it never does within the schedule's horizon
     */
    record Closed(ClosureReason reason, Optional<String> occasion, Optional<Instant> nextOpening)
            implements ServiceStatus {
        /** Validates the values. */
        public Closed {
            Require.nonNull(reason, "reason");
            Require.nonNull(occasion, "occasion");
            Require.nonNull(nextOpening, "nextOpening");
        }

        @Override
        public boolean isOpen() {
            return false;
        }
    }
}
