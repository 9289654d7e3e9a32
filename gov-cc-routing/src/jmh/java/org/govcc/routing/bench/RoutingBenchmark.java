package org.govcc.routing.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.IgnoringCallControl;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.CallbackPolicy;
import org.govcc.routing.DistributorConfig;
import org.govcc.routing.ManualClock;
import org.govcc.routing.ManualScheduler;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.QueuedCall;
import org.govcc.routing.RoutingStep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing decisions with 1,000 agents and 10,000 waiting calls (six topic queues with widening steps and
 * aging, and the complaint line).
 *
 * <p>{@code agentFreesUp}: one agent's call ends (no wrap-up), and the distributor picks the best call that
 * agent can serve across all queues, reserves the agent and rings it: the routing decision, measured through the
 * public API. Between invocations (not measured) the offered call is answered and a new call is queued, so
 * the line stays at 10,000 waiting. {@code enqueueIntoBusyLine}: a new caller joins while every agent is busy
 * (estimate, position, insertion; between invocations the caller hangs up). Percentiles from
 * {@link Mode#SampleTime}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoutingBenchmark {

    static final String[] TOPICS = {"insurance-pensions", "employment-training", "welfare-benefits",
        "labour-relations", "social-solidarity", "equality"};
    static final double[] SHARES = {0.38, 0.20, 0.18, 0.12, 0.07, 0.03};
    static final int AGENTS = 1_000;
    static final int WAITING = 10_000;

    private CallDistributor distributor;
    private ManualClock clock;
    private final Map<AgentId, CallId> talking = new LinkedHashMap<>();
    private final List<AgentId> agents = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(1);
    private CallId lastOffered;
    private AgentId lastOfferedTo;
    private AgentId nextToFree;
    private CallId nextToFreeCall;
    private int agentCursor;
    private long callCounter;
    private CallId newcomer;

    /** A call side that only remembers the last offer. */
    private final class LastOffer extends IgnoringCallControl {
        LastOffer() {
            super("bench");
        }

        @Override
        public void connectToAgent(CallId call, AgentId agent, CallVariables variables, Duration ringTimeout) {
            lastOffered = call;
            lastOfferedTo = agent;
        }
    }

    @Setup(Level.Trial)
    public void buildLine() {
        clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z"));
        ManualScheduler scheduler = new ManualScheduler(clock);
        List<QueueConfig> queues = new ArrayList<>();
        java.util.Set<String> skills = new java.util.HashSet<>(List.of(TOPICS));
        skills.add("complaints");
        for (String t : TOPICS) {
            queues.add(QueueConfig.builder(t).requires(t, 4).wrapUp(Duration.ZERO)
                    .agingPerPoint(Duration.ofSeconds(10)).step(RoutingStep.lowerLevel(Duration.ofSeconds(60), 1))
                    .build());
        }
        queues.add(QueueConfig.builder("complaints").requires("complaints", 5).neverOvertaken(true)
                .wrapUp(Duration.ZERO).callbacks(CallbackPolicy.forbidden()).build());
        distributor = CallDistributor.builder().config(DistributorConfig.of(skills, queues)).clock(clock)
                .scheduler(scheduler).callControl(new LastOffer()).build();
        for (int i = 0; i < AGENTS; i++) {
            AgentId id = new AgentId("agent-" + i);
            Map<SkillId, SkillLevel> s = new HashMap<>();
            if (i < 20) {
                s.put(new SkillId("complaints"), SkillLevel.of(8));
            } else {
                s.put(new SkillId(pickTopic()), SkillLevel.of(4 + random.nextInt(6)));
                if (random.nextInt(10) < 3) {
                    s.putIfAbsent(new SkillId(pickTopic()), SkillLevel.of(1 + random.nextInt(9)));
                }
            }
            distributor.addAgent(new AgentProfile(id, "Agent " + i, new OrganisationId("efka"), s));
            distributor.logIn(id);
            agents.add(id);
        }
        // fill: every agent talking, then 10,000 callers waiting
        while (talking.size() < AGENTS || distributor.heldCalls() - talking.size() < WAITING) {
            clock.advance(Duration.ofMillis(50));
            lastOffered = null;
            distributor.enqueue(newCall());
            answerLastOffer();
        }
        pickNextToFree();
    }

    private String pickTopic() {
        double u = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < TOPICS.length; i++) {
            sum += SHARES[i];
            if (u < sum) {
                return TOPICS[i];
            }
        }
        return TOPICS[0];
    }

    private QueuedCall newCall() {
        CallId id = new CallId("call-" + (callCounter++));
        boolean complaint = random.nextInt(100) < 2;
        return QueuedCall.of(Call.inbound(id, new LineId("main"), CallerId.anonymous(), Language.GREEK,
                clock.instant()), new QueueId(complaint ? "complaints" : pickTopic()),
                complaint ? Priority.HIGHEST : Priority.of(40 + random.nextInt(21)));
    }

    private void answerLastOffer() {
        if (lastOffered != null) {
            distributor.handle(new CallSignal.AgentAnswered(lastOffered, lastOfferedTo, clock.instant()));
            talking.put(lastOfferedTo, lastOffered);
            lastOffered = null;
        }
    }

    private void pickNextToFree() {
        do {
            nextToFree = agents.get(agentCursor);
            agentCursor = (agentCursor + 1) % agents.size();
        } while (!talking.containsKey(nextToFree));
        nextToFreeCall = talking.remove(nextToFree);
    }

    @Setup(Level.Invocation)
    public void restore() {
        clock.advance(Duration.ofMillis(20));
        answerLastOffer();
        if (newcomer != null) {
            distributor.handle(new CallSignal.CallerHungUp(newcomer, clock.instant()));
            newcomer = null;
        }
        while (distributor.heldCalls() - talking.size() < WAITING) {
            distributor.enqueue(newCall());
            answerLastOffer();
        }
        if (nextToFree == null) {
            pickNextToFree();
        }
    }

    @Benchmark
    public Object agentFreesUp() {
        distributor.handle(new CallSignal.AgentHungUp(nextToFreeCall, nextToFree, clock.instant()));
        nextToFree = null;
        return lastOffered;
    }

    @Benchmark
    public Object enqueueIntoBusyLine() {
        QueuedCall c = newCall();
        newcomer = c.call().id();
        return distributor.enqueue(c);
    }
}
