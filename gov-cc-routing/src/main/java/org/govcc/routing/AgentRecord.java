package org.govcc.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.call.CallId;
import org.govcc.api.routing.AgentCandidate;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.api.routing.SkillRequirement;

/** One agent as the distributor tracks it. Guarded by the distributor's lock. */
final class AgentRecord {
    final AgentId id;
    /** Replaced as a whole by {@link CallDistributor#changeSkills}, never changed in place. */
    Map<SkillId, SkillLevel> skills;
    final boolean[] serves;
    final long[] timeIn = new long[AgentStatus.values().length];
    AgentState state = AgentState.loggedOut();
    long sinceMicros;
    Instant idleSince;
    long idleMicros;
    long idleSeq;
    AgentCandidate candidate;
    CallEntry call;
    Cancellable timer = Cancellable.NONE;
    long token;
    /** Calls answered on {@link #callsDay}; read through {@link #callsOn}, which knows that a new day starts at 0. */
    int callsToday;
    LocalDate callsDay;
    QueueState wrapQueue;
    CallId wrapCall;
    Instant wrapStart;
    long lastTalkMicros;
    /** What the agent does when the call in hand is over: a break, or signing out; null/false for ready again. */
    BreakReason nextBreak;
    boolean nextSignOut;

    AgentRecord(AgentProfile profile, int queueCount, Instant now) {
        this.id = profile.id();
        this.skills = Map.copyOf(profile.skills());
        this.serves = new boolean[queueCount];
        this.idleSince = now;
    }

    /** Returns whether the agent holds every skill of {@code alt} at its minimum level or above. */
    boolean meets(List<SkillRequirement> alt) {
        for (int i = 0, n = alt.size(); i < n; i++) {
            SkillRequirement r = alt.get(i);
            SkillLevel level = skills.get(r.skill());
            if (level == null || level.value() < r.minimum().value()) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether the agent meets at least one of the alternatives. */
    boolean meetsAny(List<List<SkillRequirement>> alts) {
        for (int i = 0, n = alts.size(); i < n; i++) {
            if (meets(alts.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Returns the calls this agent answered on {@code day} (0 when the last answered call was on an earlier day). */
    int callsOn(LocalDate day) {
        return day.equals(callsDay) ? callsToday : 0;
    }

    /** Counts a call answered on {@code day}. */
    void answeredOn(LocalDate day) {
        callsToday = callsOn(day) + 1;
        callsDay = day;
    }
}
