package org.govcc.api.ivr;

import java.util.Optional;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.TopicId;

/**
 * How a call left the IVR.
 *
 * @since 0.1
 */
public sealed interface IvrOutcome {

    /** What the caller told the IVR on the way. */
    CallVariables variables();

    /**
     * Queue the call for a topic.
     *
     * @param topic the topic
     * @param priority the priority the flow gives the call; empty for the priority of the topic's queue
     * @param variables what the agent will see
     */
    record Queue(TopicId topic, Optional<Priority> priority, CallVariables variables) implements IvrOutcome {
        /** Validates the values. */
        public Queue {
            Require.nonNull(topic, "topic");
            Require.nonNull(priority, "priority");
            Require.nonNull(variables, "variables");
        }
    }

    /**
     * The caller asked to be called back about a topic instead of waiting.
     *
     * @param topic the topic
     * @param number where to call; empty means the presented caller number
     * @param variables what the agent will see
     */
    record Callback(TopicId topic, Optional<PhoneNumber> number, CallVariables variables) implements IvrOutcome {
        /** Validates the values. */
        public Callback {
            Require.nonNull(topic, "topic");
            Require.nonNull(number, "number");
            Require.nonNull(variables, "variables");
        }
    }

    /**
     * Transferred to an outside number (e.g. 112).
     *
     * @param number the number
     * @param variables gathered values
     */
    record Transferred(PhoneNumber number, CallVariables variables) implements IvrOutcome {
        /** Validates the values. */
        public Transferred {
            Require.nonNull(number, "number");
            Require.nonNull(variables, "variables");
        }
    }

    /**
     * The flow ended the call itself (e.g. after a closed-hours message, or no input after every retry).
     *
     * @param reason why, in English, for logs and statistics
     * @param variables gathered values
     */
    record Ended(String reason, CallVariables variables) implements IvrOutcome {
        /** Validates the values. */
        public Ended {
            Require.nonBlank(reason, "reason");
            Require.nonNull(variables, "variables");
        }
    }

    /**
     * The caller hung up in the IVR.
     *
     * @param variables gathered values
     */
    record CallerHungUp(CallVariables variables) implements IvrOutcome {
        /** Validates the value. */
        public CallerHungUp {
            Require.nonNull(variables, "variables");
        }
    }
}
