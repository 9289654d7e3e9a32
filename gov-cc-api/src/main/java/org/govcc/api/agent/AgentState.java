package org.govcc.api.agent;

import org.govcc.api.call.CallId;
import org.govcc.api.internal.Require;

/**
 * The state an agent is in. The legal transitions are enforced by the distributor:
 * logged out -> available -> reserved -> talking -> wrap-up -> available, with breaks between calls.
 *
 * @since 0.1
 */
public sealed interface AgentState {

    /** The kind of this state. */
    AgentStatus status();

    /** Returns the logged-out state. */
    static AgentState loggedOut() {
        return LoggedOut.INSTANCE;
    }

    /** Returns the available state. */
    static AgentState available() {
        return Available.INSTANCE;
    }

    /** Not working. */
    enum LoggedOut implements AgentState {
        /** The only instance. */
        INSTANCE;

        @Override
        public AgentStatus status() {
            return AgentStatus.LOGGED_OUT;
        }
    }

    /** Waiting for a call. */
    enum Available implements AgentState {
        /** The only instance. */
        INSTANCE;

        @Override
        public AgentStatus status() {
            return AgentStatus.AVAILABLE;
        }
    }

    /**
     * A call is being offered to the agent.
     *
     * @param call the offered call
     */
    record Reserved(CallId call) implements AgentState {
        /** Validates the value. */
        public Reserved {
            Require.nonNull(call, "call");
        }

        @Override
        public AgentStatus status() {
            return AgentStatus.RESERVED;
        }
    }

    /**
     * On a call.
     *
     * @param call the call
     */
    record Talking(CallId call) implements AgentState {
        /** Validates the value. */
        public Talking {
            Require.nonNull(call, "call");
        }

        @Override
        public AgentStatus status() {
            return AgentStatus.TALKING;
        }
    }

    /**
     * After-call work.
     *
     * @param call the call being wrapped up
     */
    record WrapUp(CallId call) implements AgentState {
        /** Validates the value. */
        public WrapUp {
            Require.nonNull(call, "call");
        }

        @Override
        public AgentStatus status() {
            return AgentStatus.WRAP_UP;
        }
    }

    /**
     * Logged in, not taking calls.
     *
     * @param reason why
     */
    record OnBreak(BreakReason reason) implements AgentState {
        /** Validates the value. */
        public OnBreak {
            Require.nonNull(reason, "reason");
        }

        @Override
        public AgentStatus status() {
            return AgentStatus.ON_BREAK;
        }
    }
}
