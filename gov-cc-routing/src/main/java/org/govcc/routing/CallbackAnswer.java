package org.govcc.routing;

import org.govcc.api.internal.Require;

/**
 * What became of a caller's request to be called back.
 *
 * @since 0.1
 */
public sealed interface CallbackAnswer permits CallbackAnswer.Accepted, CallbackAnswer.Refused {

    /** Returns whether the callback was accepted. */
    boolean accepted();

    /**
     * The caller keeps their place and will be called back; the caller side may now end the inbound leg.
     *
     * @param position the place kept, 1 = next
     */
    record Accepted(int position) implements CallbackAnswer {
        /** Validates the value. */
        public Accepted {
            Require.inRange(position, 1, Integer.MAX_VALUE, "position");
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * No callback: the caller stays on the line in the queue.
     *
     * @param reason why, in English (e.g. the line's policy forbids callbacks)
     */
    record Refused(String reason) implements CallbackAnswer {
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
