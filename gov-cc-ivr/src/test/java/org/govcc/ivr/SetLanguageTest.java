package org.govcc.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govcc.api.call.Language;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.HangUpNode;
import org.govcc.ivr.flow.Node;
import org.govcc.ivr.flow.NodeId;
import org.govcc.ivr.flow.SetVariableNode;
import org.govcc.ivr.testkit.MutableClock;
import org.govcc.ivr.testkit.SimulatedCaller;
import org.govcc.ivr.validate.FlowValidator;
import org.junit.jupiter.api.Test;

/** Setting the variable {@code language} switches the call's language, and only to one of the flow's. */
class SetLanguageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-14T07:00:00Z"));

    /** set language -> hang up. */
    private static Flow flow(String language) {
        Map<NodeId, Node> nodes = new LinkedHashMap<>();
        nodes.put(NodeId.of("start"), new SetVariableNode(SetVariableNode.LANGUAGE, language, NodeId.of("end")));
        nodes.put(NodeId.of("end"), new HangUpNode(List.of(), HangUpReason.NORMAL));
        return new Flow(new FlowId("switch"), "a language switch", List.of(Language.GREEK, Language.ENGLISH),
                ZoneOffset.UTC, NodeId.of("start"), nodes);
    }

    @Test
    void settingTheLanguageVariableSwitchesTheCallsLanguageAndTellsTheListener() {
        IvrInterpreter ivr = IvrInterpreter.builder().flows(FlowRepository.of(List.of(flow("en")),
                FlowValidator.builder())).clock(clock).build();

        SimulatedCaller caller = SimulatedCaller.withNumber(ivr, clock).dials("switch").listensToTheEnd();

        assertThat(caller.languageChanges).containsExactly(Language.ENGLISH);
        assertThat(((IvrOutcome.Ended) caller.outcome().orElseThrow()).variables().values())
                .containsEntry("language", "en");
    }

    @Test
    void aLanguageThatIsNotTheFlowsIsNamedAtTheNodesValue() {
        assertThat(FlowValidator.graphOnly().validate(flow("fr"), "switch.json")).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/nodes/start/value"));
    }
}
