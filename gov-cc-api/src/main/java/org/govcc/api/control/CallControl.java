package org.govcc.api.control;

import java.time.Duration;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.spi.Provider;

/**
 * SPI (a port): how the engines act on a call. Implemented by the SIP application, and by fakes and the
 * simulator in tests.
 *
 * <p>Every method returns at once; outcomes come back as {@link CallSignal}s to the
 * {@link CallSignalListener} the implementation was given. A command for a call that has already ended is
 * ignored (the hang-up signal is on its way). Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface CallControl extends Provider {

    /**
     * Plays announcements in order; {@link CallSignal.PromptFinished} follows when the last ends.
     *
     * @param bargeIn whether a digit stops the playback (the digit is still reported)
     */
    void play(CallId call, List<Announcement> announcements, boolean bargeIn);

    /** Stops any playback at once, without a {@link CallSignal.PromptFinished}. */
    void stopPlayback(CallId call);

    /** Arms the call's single timer: {@link CallSignal.TimerFired} follows after {@code delay}, unless re-armed or disarmed. */
    void armTimer(CallId call, Duration delay);

    /** Disarms the call's timer, if armed. */
    void disarmTimer(CallId call);

    /**
     * Rings {@code agent}'s phone and, on answer, connects the caller to it; {@link CallSignal.AgentAnswered}
     * or {@link CallSignal.AgentUnreachable} follows.
     *
     * @param variables what the agent's desktop shows about the call
     * @param ringTimeout how long to ring before giving up
     */
    void connectToAgent(CallId call, AgentId agent, CallVariables variables, Duration ringTimeout);

    /**
     * Whether this call side implements {@link #releaseAgent}; the distributor refuses agents' transfers when it does
     * not, rather than strand a caller between two agent legs.
     *
     * @since 0.2
     */
    default boolean releasesAgents() {
        return false;
    }

    /**
     * Ends {@code agent}'s leg of a connected call and keeps the caller, who is back on the line's own media (the
     * engines play to them again) until the next {@link #connectToAgent} for the call rings a new agent leg. No signal
     * follows (the agent's hang-up of that leg is not reported). Ignored when {@code agent} holds no leg of the call.
     *
     * @throws UnsupportedOperationException by default; implementations that override it return true from
     *     {@link #releasesAgents()}
     * @since 0.2
     */
    default void releaseAgent(CallId call, AgentId agent) {
        throw new UnsupportedOperationException("call control '" + id() + "' cannot release an agent's leg");
    }

    /**
     * Whether this call side implements {@link #hold}; the distributor refuses agents' holds when it does not.
     *
     * @since 0.3
     */
    default boolean holdsCalls() {
        return false;
    }

    /**
     * Puts the caller of a connected call on hold ({@code held}) or takes them back: while held, the caller and the
     * agent no longer hear each other and the caller is on the line's own media (the engines play to them); taken
     * back, any playback stops and the two are joined again. No signal follows. Ignored when the call has no
     * connected agent.
     *
     * @throws UnsupportedOperationException by default; implementations that override it return true from
     *     {@link #holdsCalls()}
     * @since 0.3
     */
    default void hold(CallId call, boolean held) {
        throw new UnsupportedOperationException("call control '" + id() + "' cannot hold a call");
    }

    /** Dials a citizen for a callback, as call {@code call}; {@link CallSignal.CitizenAnswered} or {@link CallSignal.DialFailed} follows. */
    void dialOut(CallId call, PhoneNumber number, Duration ringTimeout);

    /**
     * Whether this call control dials numbers its SIP edge sealed ({@link #dialOutSealed}).
     *
     * @since 0.4
     */
    default boolean dialsSealedNumbers() {
        return false;
    }

    /**
     * Dials a sealed line's caller for a callback they consented to, as call {@code call} of {@code line}: the edge
     * opens {@code number} itself and withholds the line's identity, and the agent's phone is shown no number.
     * {@link CallSignal.CitizenAnswered} or {@link CallSignal.DialFailed} follows, as for {@link #dialOut}.
     *
     * @throws UnsupportedOperationException by default; implementations that override it return true from
     *     {@link #dialsSealedNumbers()}
     * @since 0.4
     */
    default void dialOutSealed(CallId call, LineId line, SealedNumber number, Duration ringTimeout) {
        throw new UnsupportedOperationException("call control '" + id() + "' cannot dial a sealed number");
    }

    /**
     * Transfers the caller to an outside number (e.g. 112, another agency). Exactly one outcome follows:
     * {@link CallSignal.TransferCompleted} (the caller is connected to the number; the engines have left the call) or
     * {@link CallSignal.TransferFailed} (the caller is still connected and the engines drive the call again), unless
     * the caller hangs up first ({@link CallSignal.CallerHungUp}). A caller is never hung up on because a transfer
     * could not be made. While the transfer is in progress the call's prompts, timer and digits are quiet.
     */
    void transfer(CallId call, PhoneNumber number);

    /** Ends the call on every leg. */
    void hangUp(CallId call, HangUpReason reason);
}
