package org.govcc.api.control;

import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.internal.Require;

/**
 * The answer to a {@link CallMonitoring} command: accepted, with the monitoring's mode after it, or refused.
 *
 * @since 0.4
 */
public sealed interface MonitorAnswer {

    /** The call concerned. */
    CallId call();

    /**
     * The command was carried out (or there was nothing to change).
     *
     * @param call the call
     * @param supervisorPhone the phone that monitors it
     * @param mode the monitoring's mode after the command
     */
    record Accepted(CallId call, AgentId supervisorPhone, MonitorMode mode) implements MonitorAnswer {
        /** Validates the values. */
        public Accepted {
            Require.nonNull(call, "call");
            Require.nonNull(supervisorPhone, "supervisorPhone");
            Require.nonNull(mode, "mode");
        }
    }

    /**
     * The command was refused; nothing changed.
     *
     * @param call the call
     * @param reason why
     */
    record Refused(CallId call, MonitorRefusal reason) implements MonitorAnswer {
        /** Validates the values. */
        public Refused {
            Require.nonNull(call, "call");
            Require.nonNull(reason, "reason");
        }
    }
}
