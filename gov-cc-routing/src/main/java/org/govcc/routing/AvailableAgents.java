package org.govcc.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.govcc.api.agent.AgentId;
import org.govcc.api.routing.AgentCandidate;
import org.govcc.api.routing.RoutingDecision;
import org.govcc.api.routing.RoutingStrategy;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillRequirement;
import org.govcc.api.routing.WaitingCall;

/**
 * The available agents of the {@link CallDistributor}, indexed per skill by idle time (longest idle first), and
 * the choice among them for a call: longest idle directly, any other {@link RoutingStrategy} asked with the
 * candidates. A strategy that throws, returns {@code null} or picks a non-candidate is logged and replaced by
 * longest idle for that decision. Guarded by the distributor's lock.
 */
final class AvailableAgents implements Iterable<AgentRecord> {

    private static final System.Logger LOG = System.getLogger(CallDistributor.class.getName());

    private static final Comparator<AgentRecord> BY_IDLE = (a, b) -> {
        int c = Long.compare(a.idleMicros, b.idleMicros);
        return c != 0 ? c : Long.compare(a.idleSeq, b.idleSeq);
    };

    private final Map<AgentId, AgentRecord> agents;
    private final Map<SkillId, TreeSet<AgentRecord>> bySkill = new HashMap<>();
    private final TreeSet<AgentRecord> all = new TreeSet<>(BY_IDLE);

    /**
     * @param skills every configured skill
     * @param agents every registered agent by id (read when a strategy names its choice)
     */
    AvailableAgents(Set<SkillId> skills, Map<AgentId, AgentRecord> agents) {
        this.agents = agents;
        for (SkillId s : skills) {
            bySkill.put(s, new TreeSet<>(BY_IDLE));
        }
    }

    /** Indexes an agent who became available; its idle instant and sequence must be set already. */
    void add(AgentRecord a) {
        all.add(a);
        for (SkillId s : a.skills.keySet()) {
            bySkill.get(s).add(a);
        }
    }

    /** Removes an agent who is no longer available. */
    void remove(AgentRecord a) {
        all.remove(a);
        for (SkillId s : a.skills.keySet()) {
            bySkill.get(s).remove(a);
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    boolean contains(AgentRecord a) {
        return all.contains(a);
    }

    /** Iterates the available agents, longest idle first. */
    @Override
    public Iterator<AgentRecord> iterator() {
        return all.iterator();
    }

    /**
     * Returns the agent the queue's strategy picks for {@code e} among those who can serve it, or {@code null}.
     * {@code today} is the distributor's local date: an agent's calls of an earlier day count as none.
     */
    AgentRecord choose(CallEntry e, LocalDate today) {
        RoutingStrategy strategy = e.queue.config.strategy();
        if (strategy instanceof Strategies.LongestIdle) {
            return longestIdle(e);
        }
        LinkedHashSet<AgentRecord> found = new LinkedHashSet<>();
        for (List<SkillRequirement> alt : e.alternatives) {
            for (AgentRecord a : availableFor(alt)) {
                if (a.meets(alt)) {
                    found.add(a);
                }
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        List<AgentCandidate> candidates = new ArrayList<>(found.size());
        for (AgentRecord a : found) {
            int callsToday = a.callsOn(today);
            if (a.candidate == null || a.candidate.callsToday() != callsToday) {
                a.candidate = new AgentCandidate(a.id, a.skills, a.idleSince, callsToday);
            }
            candidates.add(a.candidate);
        }
        RoutingDecision decision;
        try {
            decision = strategy.choose(new WaitingCall(e.call.id(), e.queue.config.id(), e.priority,
                    e.alternatives.get(0), e.since), Collections.unmodifiableList(candidates));
        } catch (RuntimeException ex) {
            LOG.log(System.Logger.Level.WARNING, "routing strategy '" + safeId(strategy) + "' of queue "
                    + e.queue.config.id() + " failed; falling back to longest idle", ex);
            return longestIdle(e);
        }
        if (decision instanceof RoutingDecision.Offer) {
            AgentRecord chosen = agents.get(((RoutingDecision.Offer) decision).agent());
            if (chosen != null && found.contains(chosen)) {
                return chosen;
            }
            LOG.log(System.Logger.Level.WARNING, "routing strategy '" + safeId(strategy) + "' of queue "
                    + e.queue.config.id() + " chose an agent that is not a candidate; falling back to longest idle");
            return longestIdle(e);
        }
        if (decision == null) {
            LOG.log(System.Logger.Level.WARNING, "routing strategy '" + safeId(strategy)
                    + "' returned null; falling back to longest idle");
            return longestIdle(e);
        }
        return null;
    }

    private static String safeId(RoutingStrategy s) {
        try {
            return s.id();
        } catch (RuntimeException e) {
            return s.getClass().getName();
        }
    }

    private AgentRecord longestIdle(CallEntry e) {
        AgentRecord best = null;
        for (List<SkillRequirement> alt : e.alternatives) {
            for (AgentRecord a : availableFor(alt)) {
                if (best != null && BY_IDLE.compare(a, best) >= 0) {
                    break;
                }
                if (a.meets(alt)) {
                    best = a;
                    break;
                }
            }
        }
        return best;
    }

    /** Returns the smallest index that holds every agent who could meet {@code alt}. */
    private TreeSet<AgentRecord> availableFor(List<SkillRequirement> alt) {
        TreeSet<AgentRecord> smallest = all;
        for (SkillRequirement r : alt) {
            TreeSet<AgentRecord> s = bySkill.get(r.skill());
            if (s.size() < smallest.size()) {
                smallest = s;
            }
        }
        return smallest;
    }
}
