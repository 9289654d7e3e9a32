package org.govcc.routing.sim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;

/**
 * One stretch of an agent's working day in the simulation, with its breaks.
 *
 * @param agent the agent's id
 * @param skills the agent's skills
 * @param start offset from the simulation start at which the agent logs in
 * @param end offset at which the agent logs out (after finishing the current call)
 * @param breaks breaks within the shift
 * @since 0.1
 */
public record Shift(String agent, Map<SkillId, SkillLevel> skills, Duration start, Duration end, List<Break> breaks) {

    /** Validates the values. */
    public Shift {
        Require.id(agent, "agent");
        skills = Map.copyOf(Require.nonNull(skills, "skills"));
        Require.nonNull(start, "start");
        Require.nonNull(end, "end");
        Require.that(end.compareTo(start) > 0, "shift of " + agent + ": end must be after start");
        breaks = List.copyOf(Require.nonNull(breaks, "breaks"));
    }

    /**
     * A break: taken at {@code at} (or when the current call's wrap-up ends), for {@code length}.
     *
     * @param at offset from the simulation start
     * @param length how long
     * @param reason the reason code
     */
    public record Break(Duration at, Duration length, BreakReason reason) {
        /** Validates the values. */
        public Break {
            Require.nonNull(at, "at");
            Require.nonNull(length, "length");
            Require.nonNull(reason, "reason");
        }
    }
}
