package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.routing.QueueId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A call marked urgent (its caller keyed a duress code) goes before every other call its agents could take. */
class UrgentCallTest {

    private final Harness h = new Harness(Harness.config(
            QueueConfig.builder("complaints").requires("complaints", 1).neverOvertaken(true)
                    .step(RoutingStep.overflow(Duration.ofSeconds(15), "complaints", "jobs")).build(),
            QueueConfig.builder("general").requires("general", 1).agingPerPoint(Duration.ofSeconds(1)).build()));

    @AfterEach
    void stateStaysConsistent() {
        assertThat(h.distributor.checkInvariants()).isEmpty();
    }

    @Test
    void anUrgentCallMovesToTheHeadOfItsQueueAndIsTheNextAgentsFirstOffer() {
        h.enqueue("c1", "complaints");
        h.advance(Duration.ofSeconds(1));
        h.enqueue("c2", "complaints");
        h.advance(Duration.ofSeconds(1));
        h.enqueue("c3", "complaints");
        assertThat(h.distributor.positionOf(new CallId("c3"))).contains(3);

        assertThat(h.distributor.markUrgent(new CallId("c3"))).isTrue();

        assertThat(h.distributor.positionOf(new CallId("c3"))).contains(1);
        assertThat(h.distributor.positionOf(new CallId("c1"))).contains(2);
        h.agent("s1", "complaints:9");
        assertThat(h.offeredTo("c3")).isEqualTo(Harness.id("s1"));
        assertThat(h.offeredTo("c1")).isNull();
    }

    @Test
    void anUrgentCallGoesBeforeCallsOfAnotherQueueThatHaveAgedFor() {
        h.enqueue("g1", "general", 50);
        h.advance(Duration.ofHours(2)); // 7,200 points of aging
        h.enqueue("c1", "general", 0);
        h.distributor.markUrgent(new CallId("c1"));

        h.agent("a1", "general:5");

        assertThat(h.offeredTo("c1")).isEqualTo(Harness.id("a1"));
    }

    @Test
    void anUrgentCallIsOfferedAtOnceWhenAnAgentIsFreeAndStaysAheadAfterItsQueueWidens() {
        h.enqueue("c1", "complaints");
        h.enqueue("c2", "complaints");
        h.distributor.markUrgent(new CallId("c2"));
        h.advance(Duration.ofSeconds(16)); // both widened to the second pool

        h.agent("s2", "jobs:9");

        assertThat(h.offeredTo("c2")).as("the second pool takes the urgent call first").isEqualTo(Harness.id("s2"));
    }

    @Test
    void aCallTheDistributorDoesNotHoldIsNotMarkedAndAConnectedOneKeepsItsAgent() {
        assertThat(h.distributor.markUrgent(new CallId("unknown"))).isFalse();
        h.agent("s1", "complaints:9");
        h.enqueue("c1", "complaints");
        h.answer("c1", "s1");

        assertThat(h.distributor.markUrgent(new CallId("c1"))).isTrue();

        assertThat(h.distributor.positionOf(new CallId("c1"))).isEqualTo(Optional.empty());
        assertThat(h.distributor.agentState(Harness.id("s1")).status().name()).isEqualTo("TALKING");
        assertThat(h.distributor.statistics().queue(new QueueId("complaints")).orElseThrow().waiting()).isZero();
    }
}
