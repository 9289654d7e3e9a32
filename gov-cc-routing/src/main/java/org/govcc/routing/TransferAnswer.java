package org.govcc.routing;

import org.govcc.api.internal.Require;

/**
 * What became of an agent's transfer of the call they were talking on.
 *
 * @since 0.2
 */
public sealed interface TransferAnswer permits TransferAnswer.Transferred, TransferAnswer.Refused {

    /** Returns whether the call was transferred. */
    boolean transferred();

    /** The agent's conversation ended (they are in wrap-up) and the call went on to the target. */
    record Transferred() implements TransferAnswer {
        @Override
        public boolean transferred() {
            return true;
        }
    }

    /**
     * Nothing changed: the agent is still talking to the caller.
     *
     * @param reason why
     */
    record Refused(Reason reason) implements TransferAnswer {
        /** Validates the value. */
        public Refused {
            Require.nonNull(reason, "reason");
        }

        @Override
        public boolean transferred() {
            return false;
        }
    }

    /** Why a transfer was refused. */
    enum Reason {
        /** The target agent is not available (talking, on a break, signed out, in wrap-up). */
        AGENT_NOT_AVAILABLE,
        /** The target queue holds as many waiting calls as it may. */
        QUEUE_FULL,
        /** The call side cannot release an agent's leg and keep the caller ({@code CallControl#releasesAgents}). */
        NOT_SUPPORTED
    }
}
