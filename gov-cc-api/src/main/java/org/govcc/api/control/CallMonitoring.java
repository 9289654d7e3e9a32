package org.govcc.api.control;

import java.time.Duration;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.spi.Provider;

/**
 * SPI (a port): silent monitoring of a call in progress. A supervisor's registered phone is rung and, once it answers,
 * hears both parties of the call mixed into one stream while neither party hears it; as a second step the supervisor
 * may whisper: their voice then reaches the agent, and the caller still hears only the agent. The phone's leaving never
 * disturbs the call, and the call's end ends the monitoring.
 *
 * <p>Each command answers at once with a {@link MonitorAnswer}: accepted (with the monitoring's mode after it) or
 * refused with a {@link MonitorRefusal}, never an exception for an expected outcome. What happens later (the phone
 * answers, the monitoring ends) comes as {@link MonitorSignal}s to the listener the implementation was given. A call
 * is monitored by one phone at a time. Implementations refuse a call whose line's
 * {@link org.govcc.api.complaint.ConfidentialityPolicy#monitoringAllowed()} is false, and never show such a line's
 * caller to the supervisor's phone. Thread-safe.
 *
 * @since 0.4
 */
public interface CallMonitoring extends Provider {

    /**
     * Rings {@code supervisorPhone} to listen to {@code call}, which must be connected to an agent; accepted in mode
     * {@link MonitorMode#RINGING}, then {@link MonitorSignal.Joined} when the phone answers or
     * {@link MonitorSignal.Ended} when it does not within {@code ringTimeout}.
     *
     * @param supervisorPhone the phone account the supervisor's phone registered with
     */
    MonitorAnswer listen(CallId call, AgentId supervisorPhone, Duration ringTimeout);

    /**
     * Lets the supervisor of a monitoring that is {@link MonitorMode#LISTENING} speak to the agent (the caller does
     * not hear them); accepted in mode {@link MonitorMode#WHISPERING}, and accepted unchanged when already whispering.
     */
    MonitorAnswer whisper(CallId call);

    /** Takes a whispering supervisor back to listening only; accepted unchanged when already listening. */
    MonitorAnswer listenOnly(CallId call);

    /**
     * Ends the monitoring of {@code call} (a ringing phone is cancelled, an answered one hung up); the call goes on.
     * Accepted in mode {@link MonitorMode#ENDED}, followed by {@link MonitorSignal.Ended} with
     * {@link MonitorEnd#STOPPED}.
     */
    MonitorAnswer stop(CallId call);
}
