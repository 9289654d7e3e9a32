package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.govcc.api.call.CallId;
import org.govcc.api.call.EndReason;
import org.govcc.api.control.CallSignal;
import org.govcc.api.event.CallCentreEvent;
import org.junit.jupiter.api.Test;

/** Every end the distributor reports says why as a type, beside its words. */
class EndReasonsTest {

    private final Harness h = new Harness(Harness.config(
            QueueConfig.builder("pensions").requires("pensions", 1).wrapUp(Duration.ZERO)
                    .callbacks(CallbackPolicy.allowed(1, Duration.ofMinutes(10))).build()));

    private EndReason endOf(String call) {
        return h.events(CallCentreEvent.CallEnded.class).stream().filter(e -> e.call().equals(new CallId(call)))
                .findFirst().orElseThrow().kind();
    }

    @Test
    void aCallerWhoHangsUpWaitingOrTalkingAndAnAgentWhoHangsUpAreTold() {
        h.enqueue("abandoned", "pensions");
        h.callerHangsUp("abandoned");
        h.agent("a1", "pensions:5");
        h.enqueue("caller-leaves", "pensions");
        h.answer("caller-leaves", "a1");
        h.callerHangsUp("caller-leaves");
        h.enqueue("agent-ends", "pensions");
        h.serve("agent-ends", "a1", Duration.ofMinutes(3));

        assertThat(endOf("abandoned")).isEqualTo(EndReason.CALLER_HUNG_UP);
        assertThat(endOf("caller-leaves")).isEqualTo(EndReason.CALLER_HUNG_UP);
        assertThat(endOf("agent-ends")).isEqualTo(EndReason.AGENT_HUNG_UP);
    }

    @Test
    void aCallbackThatReachesNobodyFails() {
        h.enqueue("cb", "pensions");
        h.distributor.requestCallback(new CallId("cb"), new org.govcc.api.call.PhoneNumber("2101234567"));
        h.agent("a1", "pensions:5");
        h.distributor.handle(new CallSignal.DialFailed(new CallId("cb"), "busy", h.clock.instant()));

        assertThat(endOf("cb")).isEqualTo(EndReason.CALLBACK_FAILED);
        assertThat(h.events(CallCentreEvent.CallEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("busy"));
    }
}
