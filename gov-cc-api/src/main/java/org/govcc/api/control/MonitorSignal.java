package org.govcc.api.control;

import java.time.Instant;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.internal.Require;

/**
 * What a {@link CallMonitoring} reports after its commands: the supervisor's phone joined the call, or the monitoring
 * ended (for whatever reason, once per monitoring).
 *
 * @since 0.4
 */
public sealed interface MonitorSignal {

    /** The monitored call. */
    CallId call();

    /** The supervisor's phone. */
    AgentId supervisorPhone();

    /** When it happened. */
    Instant at();

    /**
     * The supervisor's phone answered and hears the call.
     *
     * @param call the call
     * @param supervisorPhone the phone
     * @param at when
     */
    record Joined(CallId call, AgentId supervisorPhone, Instant at) implements MonitorSignal {
        /** Validates the values. */
        public Joined {
            Require.nonNull(call, "call");
            Require.nonNull(supervisorPhone, "supervisorPhone");
            Require.nonNull(at, "at");
        }
    }

    /**
     * The monitoring ended; the call goes on unless {@code end} is {@link MonitorEnd#CALL_ENDED}.
     *
     * @param call the call
     * @param supervisorPhone the phone
     * @param end why
     * @param at when
     */
    record Ended(CallId call, AgentId supervisorPhone, MonitorEnd end, Instant at) implements MonitorSignal {
        /** Validates the values. */
        public Ended {
            Require.nonNull(call, "call");
            Require.nonNull(supervisorPhone, "supervisorPhone");
            Require.nonNull(end, "end");
            Require.nonNull(at, "at");
        }
    }
}
