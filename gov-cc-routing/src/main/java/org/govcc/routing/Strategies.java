package org.govcc.routing;

import java.util.List;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.AgentCandidate;
import org.govcc.api.routing.RoutingDecision;
import org.govcc.api.routing.RoutingStrategy;
import org.govcc.api.routing.SkillRequirement;
import org.govcc.api.routing.WaitingCall;
import org.govcc.api.spi.ProviderRegistry;

/**
 * The built-in routing strategies, and a registry that also holds those found by {@link java.util.ServiceLoader}.
 *
 * <p>Ties are broken by agent id so that every decision is deterministic.
 *
 * @since 0.1
 */
public final class Strategies {

    private Strategies() {
    }

    /** Returns the longest-idle strategy ({@code longest-idle}), the default: fairest to agents. Stateless. */
    public static RoutingStrategy longestIdle() {
        return LongestIdle.INSTANCE;
    }

    /** Returns the most-skilled strategy ({@code most-skilled}): highest summed level in the required skills. */
    public static RoutingStrategy mostSkilled() {
        return MostSkilled.INSTANCE;
    }

    /**
     * Returns a new round-robin strategy ({@code round-robin}): agents in id order, after the last one chosen.
     * Each queue needs its own instance (it remembers the last agent).
     */
    public static RoutingStrategy roundRobin() {
        return new RoundRobin();
    }

    /** Returns the fewest-calls-today strategy ({@code fewest-calls-today}). Stateless. */
    public static RoutingStrategy fewestCallsToday() {
        return FewestCallsToday.INSTANCE;
    }

    /**
     * Returns the strategy with {@code id}: a built-in one, or one registered with {@link java.util.ServiceLoader}.
     *
     * @throws IllegalArgumentException naming the id if none is known
     */
    public static RoutingStrategy byId(String id) {
        Require.nonNull(id, "strategy id");
        switch (id) {
            case "longest-idle":
                return longestIdle();
            case "most-skilled":
                return mostSkilled();
            case "round-robin":
                return roundRobin();
            case "fewest-calls-today":
                return fewestCallsToday();
            default:
                return ProviderRegistry.discover(RoutingStrategy.class).get(id);
        }
    }

    private static int compareIdle(AgentCandidate a, AgentCandidate b) {
        int c = a.idleSince().compareTo(b.idleSince());
        return c != 0 ? c : a.agent().value().compareTo(b.agent().value());
    }

    static final class LongestIdle implements RoutingStrategy {
        static final LongestIdle INSTANCE = new LongestIdle();

        @Override
        public String id() {
            return "longest-idle";
        }

        @Override
        public RoutingDecision choose(WaitingCall call, List<AgentCandidate> candidates) {
            AgentCandidate best = null;
            for (AgentCandidate c : candidates) {
                if (best == null || compareIdle(c, best) < 0) {
                    best = c;
                }
            }
            return best == null ? RoutingDecision.keepWaiting("no candidate") : RoutingDecision.offerTo(best.agent());
        }
    }

    static final class MostSkilled implements RoutingStrategy {
        static final MostSkilled INSTANCE = new MostSkilled();

        @Override
        public String id() {
            return "most-skilled";
        }

        @Override
        public RoutingDecision choose(WaitingCall call, List<AgentCandidate> candidates) {
            AgentCandidate best = null;
            int bestScore = -1;
            for (AgentCandidate c : candidates) {
                int score = 0;
                for (SkillRequirement r : call.requirements()) {
                    score += c.levelIn(r.skill());
                }
                if (score > bestScore || (score == bestScore && compareIdle(c, best) < 0)) {
                    best = c;
                    bestScore = score;
                }
            }
            return best == null ? RoutingDecision.keepWaiting("no candidate") : RoutingDecision.offerTo(best.agent());
        }
    }

    static final class RoundRobin implements RoutingStrategy {
        private String last = "";

        @Override
        public String id() {
            return "round-robin";
        }

        @Override
        public synchronized RoutingDecision choose(WaitingCall call, List<AgentCandidate> candidates) {
            AgentCandidate next = null;
            AgentCandidate first = null;
            for (AgentCandidate c : candidates) {
                String id = c.agent().value();
                if (first == null || id.compareTo(first.agent().value()) < 0) {
                    first = c;
                }
                if (id.compareTo(last) > 0 && (next == null || id.compareTo(next.agent().value()) < 0)) {
                    next = c;
                }
            }
            AgentCandidate chosen = next != null ? next : first;
            if (chosen == null) {
                return RoutingDecision.keepWaiting("no candidate");
            }
            last = chosen.agent().value();
            return RoutingDecision.offerTo(chosen.agent());
        }
    }

    static final class FewestCallsToday implements RoutingStrategy {
        static final FewestCallsToday INSTANCE = new FewestCallsToday();

        @Override
        public String id() {
            return "fewest-calls-today";
        }

        @Override
        public RoutingDecision choose(WaitingCall call, List<AgentCandidate> candidates) {
            AgentCandidate best = null;
            for (AgentCandidate c : candidates) {
                if (best == null || c.callsToday() < best.callsToday()
                        || (c.callsToday() == best.callsToday() && compareIdle(c, best) < 0)) {
                    best = c;
                }
            }
            return best == null ? RoutingDecision.keepWaiting("no candidate") : RoutingDecision.offerTo(best.agent());
        }
    }
}
