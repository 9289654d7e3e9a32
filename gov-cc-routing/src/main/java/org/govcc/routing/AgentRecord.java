package org.govcc.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.AgentState;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.call.CallId;
import org.govcc.api.routing.AgentCandidate;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;

/** One agent as the distributor tracks it. Guarded by the distributor's lock. */
final class AgentRecord {
    final AgentId id;
    final Map<SkillId, SkillLevel> skills;
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
    int callsToday;
    LocalDate callsDay;
    QueueState wrapQueue;
    CallId wrapCall;
    Instant wrapStart;
    long lastTalkMicros;

    AgentRecord(AgentProfile profile, int queueCount, Instant now) {
        this.id = profile.id();
        this.skills = profile.skills();
        this.serves = new boolean[queueCount];
        this.idleSince = now;
    }
}
