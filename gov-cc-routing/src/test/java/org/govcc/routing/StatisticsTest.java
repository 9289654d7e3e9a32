package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private final Harness h = new Harness(Harness.config(
            QueueConfig.builder("pensions").requires("pensions", 1).wrapUp(Duration.ofSeconds(30))
                    .serviceLevelThreshold(Duration.ofSeconds(20)).shortAbandonThreshold(Duration.ofSeconds(5))
                    .expectedHandleTime(Duration.ofSeconds(300)).build(),
            QueueConfig.builder("jobs").requires("jobs", 1).build()));

    private QueueSnapshot pensions() {
        return h.distributor.statistics().queue(new QueueId("pensions")).orElseThrow();
    }

    @Test
    void serviceLevelCountsAnsweredWithinTOfCallsBeyondTheShortAbandonThreshold() {
        h.agent("a1", "pensions:5");
        h.enqueue("fast", "pensions");          // answered at once
        h.serve("fast", "a1", Duration.ofSeconds(100));
        h.enqueue("slow", "pensions");          // a1 in wrap-up: waits 30 s
        h.enqueue("short", "pensions");
        h.advance(Duration.ofSeconds(2));
        h.callerHangsUp("short");               // short abandon: not counted
        h.advance(Duration.ofSeconds(28));      // wrap-up ends, "slow" offered after 30 s
        h.answer("slow", "a1");
        h.enqueue("gone", "pensions");
        h.advance(Duration.ofSeconds(40));
        h.callerHangsUp("gone");                // counted abandon

        QueueSnapshot s = pensions();

        assertThat(s.offered()).isEqualTo(4);
        assertThat(s.answered()).isEqualTo(2);
        assertThat(s.answeredWithinThreshold()).isEqualTo(1);
        assertThat(s.abandoned()).isEqualTo(2);
        assertThat(s.shortAbandoned()).isEqualTo(1);
        assertThat(s.serviceLevel()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.averageSpeedOfAnswer()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void handlingTimeIsSplitIntoTalkAndWrapUp() {
        h.agent("a1", "pensions:5");
        h.enqueue("c1", "pensions");
        h.serve("c1", "a1", Duration.ofSeconds(200));
        h.advance(Duration.ofSeconds(10));
        h.distributor.endWrapUp(Harness.id("a1"));
        h.enqueue("c2", "pensions");
        h.serve("c2", "a1", Duration.ofSeconds(100));
        h.advance(Duration.ofSeconds(30)); // automatic end

        QueueSnapshot s = pensions();

        assertThat(s.averageTalk()).isEqualTo(Duration.ofSeconds(150));
        assertThat(s.averageWrapUp()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.averageHandle()).isEqualTo(Duration.ofSeconds(170));
    }

    @Test
    void waitingNowLongestWaitAndTheEstimateFollowTheQueue() {
        h.agent("a1", "pensions:5");
        h.agent("a2", "pensions:5");
        h.enqueue("c1", "pensions");
        h.enqueue("c2", "pensions");
        h.answer("c1", "a1");
        h.answer("c2", "a2");
        h.enqueue("w1", "pensions");
        h.advance(Duration.ofSeconds(40));
        h.enqueue("w2", "pensions");
        h.advance(Duration.ofSeconds(5));

        QueueSnapshot s = pensions();

        assertThat(s.waiting()).isEqualTo(2);
        assertThat(s.longestWait()).isEqualTo(Duration.ofSeconds(45));
        assertThat(s.positionForNewCaller()).isEqualTo(3);
        // 3 ahead-or-self, 0 available, 2 staffed, 300 s handling: 3 * 300 / 2
        assertThat(s.estimatedWait()).isEqualTo(Duration.ofSeconds(450));
        assertThat(h.distributor.estimateFor(new QueueId("pensions"), Priority.HIGHEST).position()).isEqualTo(1);
    }

    @Test
    void occupancyIsBusyTimeOverLoggedInWorkingTime() {
        h.agent("a1", "pensions:5");
        h.advance(Duration.ofSeconds(100)); // idle 100
        h.enqueue("c1", "pensions");
        h.serve("c1", "a1", Duration.ofSeconds(70));
        h.advance(Duration.ofSeconds(30)); // wrap-up 30, busy 100

        StatisticsSnapshot s = h.distributor.statistics();

        assertThat(s.occupancy()).isCloseTo(0.5, within(1e-9));
        assertThat(s.agentsByStatus()).containsEntry(AgentStatus.AVAILABLE, 1);
    }

    @Test
    void theTotalAddsUpTheQueues() {
        h.enqueue("p", "pensions");
        h.enqueue("j", "jobs");

        StatisticsSnapshot s = h.distributor.statistics();

        assertThat(s.total().queue()).isEqualTo("*");
        assertThat(s.total().waiting()).isEqualTo(2);
        assertThat(s.total().offered()).isEqualTo(2);
    }

    @Test
    void statisticsArePublishedAsEventsAtTheChosenInterval() {
        List<StatisticsSnapshot> received = new ArrayList<>();
        h.distributor.addStatisticsListener(received::add);
        Cancellable publishing = h.distributor.publishStatisticsEvery(Duration.ofSeconds(10));

        h.advance(Duration.ofSeconds(35));
        publishing.cancel();
        h.advance(Duration.ofSeconds(60));

        assertThat(received).hasSize(3);
        assertThat(received.get(2).at()).isEqualTo(Harness.START.plusSeconds(30));
    }
}
