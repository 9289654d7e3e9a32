package org.govcc.reference.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TopicId;
import org.govcc.api.routing.TransferTarget;
import org.junit.jupiter.api.Test;

/** What the line's events told of a call stays with it until it ends: through a transfer, for the next screen pop. */
class CallsInHandTest {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private static final CallId CALL = new CallId("c-1");
    private static final QueueId PENSIONS = new QueueId("insurance-pensions");

    private final CallsInHand calls = new CallsInHand();

    @Test
    void aTransferredCallKeepsItsArrivalAndWhatTheIvrCollectedUntilItEnds() {
        Call call = Call.inbound(CALL, new LineId("main"), CallerId.of(new PhoneNumber("2101234567")), Language.GREEK,
                T0);
        calls.onEvent(new CallCentreEvent.CallArrived(T0, call));
        calls.onEvent(new CallCentreEvent.IvrFinished(T0.plusSeconds(30), CALL, new IvrOutcome.Queue(
                new TopicId("insurance-pensions"), Optional.empty(),
                new CallVariables(Map.of("amka", "01018012342", "language", "en")))));
        calls.onEvent(new CallCentreEvent.CallQueued(T0.plusSeconds(30), CALL, PENSIONS, Priority.NORMAL, 1));
        calls.onEvent(new CallCentreEvent.CallConnected(T0.plusSeconds(40), CALL, new AgentId("agent01"),
                Duration.ofSeconds(10)));
        calls.onEvent(new CallCentreEvent.CallTransferred(T0.plusSeconds(100), CALL, new AgentId("agent01"),
                new TransferTarget.ToQueue(new QueueId("employment-training"))));

        CallsInHand.Known known = calls.of(CALL);
        assertThat(known.call()).contains(call);
        assertThat(known.variables().get("amka")).contains("01018012342");
        assertThat(known.variables().get("language")).contains("en");

        calls.onEvent(new CallCentreEvent.CallEnded(T0.plusSeconds(300), CALL, "caller hung up"));
        assertThat(calls.of(CALL).call()).isEmpty();
        assertThat(calls.size()).isZero();
    }
}
