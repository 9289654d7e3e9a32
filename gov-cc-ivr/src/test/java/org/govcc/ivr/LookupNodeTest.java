package org.govcc.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrLookup;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.HangUpNode;
import org.govcc.ivr.flow.InvalidFlowException;
import org.govcc.ivr.flow.LookupNode;
import org.govcc.ivr.flow.Node;
import org.govcc.ivr.flow.NodeId;
import org.govcc.ivr.flow.SetVariableNode;
import org.govcc.ivr.testkit.MutableClock;
import org.govcc.ivr.testkit.SimulatedCaller;
import org.govcc.ivr.validate.FlowValidator;

import org.junit.jupiter.api.Test;

/** A lookup node asks the registered lookup with the call's variables and keeps its answer in a variable. */
class LookupNodeTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-14T07:00:00Z"));

    /** set reference -> look up request-status -> hang up. */
    private static Flow flow(String lookup) {
        Map<NodeId, Node> nodes = new LinkedHashMap<>();
        nodes.put(NodeId.of("start"), new SetVariableNode("reference", "2026000123", NodeId.of("ask")));
        nodes.put(NodeId.of("ask"), new LookupNode(lookup, "request.status", NodeId.of("end")));
        nodes.put(NodeId.of("end"), new HangUpNode(List.of(), HangUpReason.NORMAL));
        return new Flow(new FlowId("status"), "a status check", List.of(Language.GREEK), ZoneOffset.UTC,
                NodeId.of("start"), nodes);
    }

    private Map<String, String> variablesAfter(IvrInterpreter ivr) {
        SimulatedCaller caller = SimulatedCaller.withNumber(ivr, clock).dials("status").listensToTheEnd();
        return ((IvrOutcome.Ended) caller.outcome().orElseThrow()).variables().values();
    }

    @Test
    void theAnswerOfTheLookupGoesIntoTheVariableAndTheLookupSeesTheCallsVariables() {
        IvrLookup statuses = variables -> variables.get("reference").filter("2026000123"::equals)
                .map(reference -> "IN_PROGRESS");
        IvrInterpreter ivr = IvrInterpreter.builder().flows(FlowRepository.of(List.of(flow("request-status")),
                FlowValidator.builder().lookups(Set.of("request-status")))).clock(clock)
                .lookup("request-status", statuses).build();

        assertThat(variablesAfter(ivr)).containsEntry("request.status", "IN_PROGRESS");
    }

    @Test
    void nothingFoundOrALookupThatFailsGivesNoneAndTheFlowGoesOn() {
        IvrInterpreter empty = IvrInterpreter.builder().flows(FlowRepository.of(List.of(flow("request-status")),
                FlowValidator.builder())).clock(clock).lookup("request-status", variables -> Optional.empty()).build();
        IvrInterpreter failing = IvrInterpreter.builder().flows(FlowRepository.of(List.of(flow("request-status")),
                FlowValidator.builder())).clock(clock).lookup("request-status", variables -> {
                    throw new IllegalStateException("database away");
                }).build();

        assertThat(variablesAfter(empty)).containsEntry("request.status", LookupNode.NONE);
        assertThat(variablesAfter(failing)).containsEntry("request.status", LookupNode.NONE);
        assertThat(failing.activeSessions()).isZero();
    }

    @Test
    void aFlowNamingALookupTheLineDoesNotOfferIsRefusedAndALookupCannotBeRegisteredTwice() {
        assertThatThrownBy(() -> FlowRepository.of(List.of(flow("no-such-lookup")),
                FlowValidator.builder().lookups(Set.of("request-status"))))
                .isInstanceOf(InvalidFlowException.class).hasMessageContaining("lookup 'no-such-lookup'");
        assertThatThrownBy(() -> IvrInterpreter.builder().lookup("request-status", v -> Optional.empty())
                .lookup("request-status", v -> Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registered twice");
    }
}
