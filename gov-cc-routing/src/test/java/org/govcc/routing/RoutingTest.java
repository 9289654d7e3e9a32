package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.routing.AgentCandidate;
import org.govcc.api.routing.RoutingDecision;
import org.govcc.api.routing.RoutingStrategy;
import org.govcc.api.routing.SkillRequirement;
import org.govcc.api.routing.WaitingCall;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static QueueConfig.Builder pensions() {
        return QueueConfig.builder("pensions").requires("pensions", 1);
    }

    @Test
    void routesToLongestIdleAgentWithTheSkill() {
        Harness h = new Harness(Harness.config(pensions().build()));
        h.agent("jobs-only", "jobs:9");
        h.advance(Duration.ofSeconds(1));
        h.agent("a1", "pensions:5");
        h.advance(Duration.ofSeconds(1));
        h.agent("a2", "pensions:5");

        Admission admission = h.enqueue("c1", "pensions");

        assertThat(admission).isInstanceOf(Admission.Queued.class);
        assertThat(((Admission.Queued) admission).offeredAtOnce()).isTrue();
        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("a1"));
        assertThat(h.distributor.agentState(Harness.id("a1")).status()).isEqualTo(AgentStatus.RESERVED);
    }

    @Test
    void mostSkilledPicksTheHighestLevel() {
        Harness h = new Harness(Harness.config(pensions().strategy(Strategies.mostSkilled()).build()));
        h.agent("novice", "pensions:2");
        h.agent("expert", "pensions:9");
        h.agent("middle", "pensions:5");

        h.enqueue("c1", "pensions");

        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("expert"));
    }

    @Test
    void roundRobinRotatesThroughAgentsInIdOrder() {
        Harness h = new Harness(Harness.config(pensions().strategy(Strategies.roundRobin()).wrapUp(Duration.ZERO)
                .build()));
        h.agent("b", "pensions:5");
        h.agent("a", "pensions:5");
        h.agent("c", "pensions:5");

        h.enqueue("c1", "pensions");
        h.enqueue("c2", "pensions");
        h.enqueue("c3", "pensions");

        assertThat(List.of(h.offeredTo("c1"), h.offeredTo("c2"), h.offeredTo("c3")))
                .containsExactly(Harness.id("a"), Harness.id("b"), Harness.id("c"));
    }

    @Test
    void fewestCallsTodayPicksTheLeastBusyAgent() {
        Harness h = new Harness(Harness.config(pensions().strategy(Strategies.fewestCallsToday())
                .wrapUp(Duration.ZERO).build()));
        h.agent("busy", "pensions:5");
        h.enqueue("c1", "pensions");
        h.serve("c1", "busy", Duration.ofSeconds(10));
        h.agent("fresh", "pensions:5");
        h.advance(Duration.ofSeconds(30));

        h.enqueue("c2", "pensions");

        // "busy" has idled longer, but took one call already
        assertThat(h.offeredTo("c2")).isEqualTo(Harness.id("fresh"));
    }

    @Test
    void fewestCallsTodayCountsFromMidnightEvenForAnAgentWhoAnsweredNothingSince() {
        Harness h = new Harness(Harness.config(pensions().strategy(Strategies.fewestCallsToday())
                .wrapUp(Duration.ZERO).build()));
        h.agent("yesterday", "pensions:5");
        h.enqueue("c1", "pensions");
        h.serve("c1", "yesterday", Duration.ofSeconds(10));
        h.enqueue("c2", "pensions");
        h.serve("c2", "yesterday", Duration.ofSeconds(10));
        h.advance(Duration.ofHours(16)); // 02:00 in Athens the next day; "yesterday" has answered nothing since
        h.distributor.logOut(Harness.id("yesterday"));
        h.agent("today", "pensions:5");
        h.enqueue("c3", "pensions");
        h.serve("c3", "today", Duration.ofSeconds(10));
        h.distributor.logIn(Harness.id("yesterday"));

        h.enqueue("c4", "pensions");

        // Today "yesterday" took no call and "today" one (which idles longer): yesterday's two no longer count.
        assertThat(h.offeredTo("c4")).isEqualTo(Harness.id("yesterday"));
    }

    @Test
    void aStrategyThatThrowsFallsBackToLongestIdle() {
        RoutingStrategy broken = new RoutingStrategy() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public RoutingDecision choose(WaitingCall call, List<AgentCandidate> candidates) {
                throw new IllegalStateException("plug-in bug");
            }
        };
        Harness h = new Harness(Harness.config(pensions().strategy(broken).build()));
        h.agent("old", "pensions:5");
        h.advance(Duration.ofSeconds(5));
        h.agent("new", "pensions:5");

        h.enqueue("c1", "pensions");

        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("old"));
    }

    @Test
    void aStrategyChoosingANonCandidateFallsBackToLongestIdle() {
        RoutingStrategy rogue = new RoutingStrategy() {
            @Override
            public String id() {
                return "rogue";
            }

            @Override
            public RoutingDecision choose(WaitingCall call, List<AgentCandidate> candidates) {
                return RoutingDecision.offerTo(Harness.id("jobs-agent"));
            }
        };
        Harness h = new Harness(Harness.config(pensions().strategy(rogue).build()));
        h.agent("jobs-agent", "jobs:5");
        h.agent("p1", "pensions:5");

        h.enqueue("c1", "pensions");

        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("p1"));
        assertThat(h.distributor.agentState(Harness.id("jobs-agent")).status()).isEqualTo(AgentStatus.AVAILABLE);
    }

    @Test
    void aHigherPriorityCallGoesFirst() {
        Harness h = new Harness(Harness.config(pensions().build()));
        h.enqueue("low", "pensions", 10);
        h.advance(Duration.ofSeconds(30));
        h.enqueue("high", "pensions", 80);

        h.agent("a1", "pensions:5");

        assertThat(h.offeredTo("high")).isEqualTo(Harness.id("a1"));
        assertThat(h.offeredTo("low")).isNull();
        assertThat(h.distributor.positionOf(new org.govcc.api.call.CallId("low"))).contains(1);
    }

    @Test
    void equalPriorityIsServedInArrivalOrder() {
        Harness h = new Harness(Harness.config(pensions().build()));
        h.enqueue("first", "pensions");
        h.advance(Duration.ofSeconds(1));
        h.enqueue("second", "pensions");

        h.agent("a1", "pensions:5");

        assertThat(h.offeredTo("first")).isEqualTo(Harness.id("a1"));
    }

    @Test
    void agingLetsALongWaitingLowPriorityCallOvertakeANewHighPriorityOne() {
        Harness h = new Harness(Harness.config(pensions().agingPerPoint(Duration.ofSeconds(2)).build()));
        h.enqueue("old-low", "pensions", 10);
        h.advance(Duration.ofSeconds(200)); // 10 + 200/2 = 110 > 80
        h.enqueue("new-high", "pensions", 80);

        h.agent("a1", "pensions:5");

        assertThat(h.offeredTo("old-low")).isEqualTo(Harness.id("a1"));
    }

    @Test
    void agingIsNotEnoughBeforeItsTime() {
        Harness h = new Harness(Harness.config(pensions().agingPerPoint(Duration.ofSeconds(2)).build()));
        h.enqueue("old-low", "pensions", 10);
        h.advance(Duration.ofSeconds(100)); // 10 + 50 = 60 < 80
        h.enqueue("new-high", "pensions", 80);

        h.agent("a1", "pensions:5");

        assertThat(h.offeredTo("new-high")).isEqualTo(Harness.id("a1"));
    }

    @Test
    void theComplaintLineIsNeverOvertakenEvenByCallsThatAgedPastIt() {
        QueueConfig general = QueueConfig.builder("general").requires("general", 1)
                .agingPerPoint(Duration.ofSeconds(1)).build();
        QueueConfig complaints = QueueConfig.builder("complaints").requires("complaints", 1).neverOvertaken(true)
                .callbacks(CallbackPolicy.forbidden()).build();
        Harness h = new Harness(Harness.config(general, complaints));
        h.enqueue("ancient", "general", 100);
        h.advance(Duration.ofHours(2)); // effective priority 7300
        h.enqueue("complaint", "complaints", 0);

        h.agent("specialist", "complaints:8", "general:8");

        assertThat(h.offeredTo("complaint")).isEqualTo(Harness.id("specialist"));
        assertThat(h.offeredTo("ancient")).isNull();
    }

    @Test
    void acrossQueuesTheHigherEffectivePriorityWins() {
        QueueConfig jobs = QueueConfig.builder("jobs").requires("jobs", 1).build();
        Harness h = new Harness(Harness.config(pensions().build(), jobs));
        h.enqueue("p", "pensions", 40);
        h.enqueue("j", "jobs", 60);

        h.agent("both", "pensions:5", "jobs:5");

        assertThat(h.offeredTo("j")).isEqualTo(Harness.id("both"));
    }

    @Test
    void afterTheFirstStepALessSkilledAgentIsAccepted() {
        Harness h = new Harness(Harness.config(QueueConfig.builder("pensions").requires("pensions", 7)
                .step(RoutingStep.lowerLevel(Duration.ofSeconds(60), 3)).build()));
        h.agent("junior", "pensions:4");
        h.enqueue("c1", "pensions");
        assertThat(h.offeredTo("c1")).isNull();

        h.advance(Duration.ofSeconds(59));
        assertThat(h.offeredTo("c1")).isNull();
        h.advance(Duration.ofSeconds(1));

        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("junior"));
    }

    @Test
    void afterTheSecondStepTheCallOverflowsToAnotherAgentGroup() {
        Harness h = new Harness(Harness.config(QueueConfig.builder("pensions").requires("pensions", 7)
                .step(RoutingStep.lowerLevel(Duration.ofSeconds(60), 5))
                .step(RoutingStep.overflow(Duration.ofSeconds(120), "pensions", "general")).build()));
        h.agent("generalist", "general:9");
        h.enqueue("c1", "pensions");

        h.advance(Duration.ofSeconds(119));
        assertThat(h.offeredTo("c1")).isNull();
        h.advance(Duration.ofSeconds(1));

        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("generalist"));
    }

    @Test
    void aWidenedCallStillPrefersItsPlaceOverLaterCalls() {
        Harness h = new Harness(Harness.config(QueueConfig.builder("pensions").requires("pensions", 7)
                .step(RoutingStep.lowerLevel(Duration.ofSeconds(60), 3)).build()));
        h.enqueue("early", "pensions");
        h.advance(Duration.ofSeconds(61));
        h.enqueue("late", "pensions", 50, SkillRequirement.of("pensions", 3));

        h.agent("junior", "pensions:4");

        assertThat(h.offeredTo("early")).isEqualTo(Harness.id("junior"));
    }

    @Test
    void callRequirementsOverrideTheQueueDefault() {
        Harness h = new Harness(Harness.config(pensions().build()));
        h.agent("greek-only", "pensions:5");
        h.agent("english", "pensions:5", "lang-en:6");

        h.enqueue("c1", "pensions", 50, SkillRequirement.of("pensions", 1), SkillRequirement.of("lang-en", 5));

        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("english"));
    }

    @Test
    void aFreedAgentSkipsCallsItCannotServe() {
        Harness h = new Harness(Harness.config(pensions().wrapUp(Duration.ZERO).build()));
        h.enqueue("english-call", "pensions", 50, SkillRequirement.of("pensions", 1), SkillRequirement.of("lang-en", 5));
        h.advance(Duration.ofSeconds(1));
        h.enqueue("greek-call", "pensions");

        h.agent("greek-only", "pensions:5");

        assertThat(h.offeredTo("greek-call")).isEqualTo(Harness.id("greek-only"));
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    @Test
    void aFullQueueRefusesTheCallerWithAReason() {
        Harness h = new Harness(Harness.config(pensions().maxWaiting(1).build()));
        h.enqueue("c1", "pensions");

        Admission second = h.enqueue("c2", "pensions");

        assertThat(second.accepted()).isFalse();
        assertThat(((Admission.Refused) second).reason()).contains("full");
    }
}
