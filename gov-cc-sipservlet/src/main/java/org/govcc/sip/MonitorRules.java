package org.govcc.sip;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.control.MonitorMode;
import org.govcc.api.control.MonitorRefusal;

/**
 * The rules of silent monitoring on the line, apart from SIP and media so that they are tested alone: the order in
 * which a listen command's facts are judged, and the one table of a monitoring's modes and the steps between them.
 * Stateless and thread-safe.
 */
final class MonitorRules {

    /** What moves a monitoring from one mode to the next. */
    enum Step {
        /** The supervisor's phone answered. */
        ANSWERED,
        /** {@code CallMonitoring.whisper}. */
        WHISPER,
        /** {@code CallMonitoring.listenOnly}. */
        LISTEN_ONLY,
        /** The monitoring ends, for whatever reason. */
        END
    }

    /**
     * What a listen command is judged on.
     *
     * @param callInProgress the call exists and the line's handler still drives it
     * @param monitoringAllowed the line's confidentiality policy allows its calls to be monitored
     * @param monitored the mode of the call's monitoring, or null when it has none
     * @param agentConnected the caller is bridged to an agent's answered phone
     * @param phoneRegistered the supervisor's phone has a current registration
     */
    record ListenFacts(boolean callInProgress, boolean monitoringAllowed, MonitorMode monitored,
                       boolean agentConnected, boolean phoneRegistered) {
    }

    /**
     * Where a step leads from a mode: the next mode, or why the step is refused; both null for a step that cannot
     * happen from that mode (e.g. a second answer), which the line logs and ignores.
     *
     * @param next the mode after the step, or null
     * @param refusal why a command was refused, or null
     */
    record Outcome(MonitorMode next, MonitorRefusal refusal) {
        /** Returns whether the step moves the monitoring (possibly to the mode it was in). */
        boolean allowed() {
            return next != null;
        }
    }

    /** The modes each step may leave from, and where it leads; a step missing from a mode's row is not allowed. */
    private static final Map<MonitorMode, Map<Step, MonitorMode>> NEXT = new EnumMap<>(MonitorMode.class);

    static {
        NEXT.put(MonitorMode.RINGING, Map.of(Step.ANSWERED, MonitorMode.LISTENING, Step.END, MonitorMode.ENDED));
        NEXT.put(MonitorMode.LISTENING, Map.of(Step.WHISPER, MonitorMode.WHISPERING,
                Step.LISTEN_ONLY, MonitorMode.LISTENING, Step.END, MonitorMode.ENDED));
        NEXT.put(MonitorMode.WHISPERING, Map.of(Step.WHISPER, MonitorMode.WHISPERING,
                Step.LISTEN_ONLY, MonitorMode.LISTENING, Step.END, MonitorMode.ENDED));
        NEXT.put(MonitorMode.ENDED, Map.of());
    }

    private MonitorRules() {
    }

    /**
     * Returns why a listen command is refused, or empty when the phone may be rung. The policy is judged right after
     * the call's existence, so that a line closed to monitoring tells nothing more of its calls (whether an agent has
     * one, whether someone listens already).
     */
    static Optional<MonitorRefusal> refuseListen(ListenFacts facts) {
        if (!facts.callInProgress()) {
            return Optional.of(MonitorRefusal.UNKNOWN_CALL);
        }
        if (!facts.monitoringAllowed()) {
            return Optional.of(MonitorRefusal.NOT_ALLOWED);
        }
        if (facts.monitored() != null && facts.monitored() != MonitorMode.ENDED) {
            return Optional.of(MonitorRefusal.ALREADY_MONITORED);
        }
        if (!facts.agentConnected()) {
            return Optional.of(MonitorRefusal.NOT_CONNECTED);
        }
        if (!facts.phoneRegistered()) {
            return Optional.of(MonitorRefusal.PHONE_NOT_REGISTERED);
        }
        return Optional.empty();
    }

    /**
     * Returns where {@code step} leads from {@code current} (null: the call has no monitoring). A supervisor's command
     * on a call nobody monitors is refused {@code NOT_MONITORED}; a whisper or listen-only before the phone answered,
     * {@code NOT_ANSWERED}.
     */
    static Outcome next(MonitorMode current, Step step) {
        MonitorMode to = current == null ? null : NEXT.get(current).get(step);
        if (to != null) {
            return new Outcome(to, null);
        }
        if (step == Step.ANSWERED) {
            return new Outcome(null, null);
        }
        if (current == MonitorMode.RINGING && step != Step.END) {
            return new Outcome(null, MonitorRefusal.NOT_ANSWERED);
        }
        return new Outcome(null, MonitorRefusal.NOT_MONITORED);
    }
}
