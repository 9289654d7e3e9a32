package org.govcc.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.call.Language;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.TopicId;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.ivr.flow.CallbackNode;
import org.govcc.ivr.flow.CollectDigitsNode;
import org.govcc.ivr.flow.DigitValidator;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.HangUpNode;
import org.govcc.ivr.flow.LanguageChoiceNode;
import org.govcc.ivr.flow.LookupNode;
import org.govcc.ivr.flow.MenuNode;
import org.govcc.ivr.flow.Node;
import org.govcc.ivr.flow.NodeId;
import org.govcc.ivr.flow.PlayNode;
import org.govcc.ivr.flow.PromptItem;
import org.govcc.ivr.flow.QueueNode;
import org.govcc.ivr.flow.ReturnNode;
import org.govcc.ivr.flow.ScheduleBranchNode;
import org.govcc.ivr.flow.SetVariableNode;
import org.govcc.ivr.flow.SubFlowNode;
import org.govcc.ivr.flow.TransferNode;
import org.govcc.ivr.render.FlowDiagram;
import org.govcc.ivr.testkit.FakeSchedule;
import org.govcc.ivr.testkit.MutableClock;
import org.govcc.ivr.testkit.SimulatedCaller;
import org.govcc.ivr.validate.FlowValidator;
import org.junit.jupiter.api.Test;

/** Walks the sealed node hierarchy: every kind must be validated, interpreted and drawn. */
class NodeKindCoverageTest {

    private static final NodeId END = NodeId.of("end");
    private static final List<PromptItem> P = List.of(PromptItem.say("p"));

    /** One sample per kind; the test fails when a kind is added without a sample. */
    private static Map<Class<?>, Node> samples() {
        Map<Class<?>, Node> s = new LinkedHashMap<>();
        s.put(PlayNode.class, new PlayNode(P, true, END));
        s.put(MenuNode.class, new MenuNode(P, Map.of('1', END), Optional.of(Duration.ofSeconds(5)), 1, P, List.of(),
                Optional.of(END)));
        s.put(CollectDigitsNode.class, new CollectDigitsNode(P, "amka", 11, 11, Optional.of('#'), DigitValidator.AMKA,
                Optional.of(Duration.ofSeconds(5)), 1, P, END, Optional.of(END), Optional.of(END)));
        s.put(LanguageChoiceNode.class, new LanguageChoiceNode(P, Map.of('9', Language.ENGLISH), Duration.ofSeconds(2), END));
        s.put(ScheduleBranchNode.class, new ScheduleBranchNode(new ScheduleId("line"), END, END, Optional.of(END)));
        s.put(QueueNode.class, new QueueNode(new TopicId("pensions"), Optional.of(Priority.NORMAL), P));
        s.put(CallbackNode.class, new CallbackNode(new TopicId("pensions"), P, END));
        s.put(TransferNode.class, new TransferNode(new PhoneNumber("112"), P, END));
        s.put(SetVariableNode.class, new SetVariableNode("v", "1", END));
        s.put(LookupNode.class, new LookupNode("request-status", "request.status", END));
        s.put(SubFlowNode.class, new SubFlowNode(new FlowId("sub"), Optional.empty(), END));
        s.put(ReturnNode.class, new ReturnNode());
        s.put(HangUpNode.class, new HangUpNode(P, HangUpReason.NORMAL));
        return s;
    }

    private static Flow flowOf(String id, Node start) {
        Map<NodeId, Node> nodes = new LinkedHashMap<>();
        nodes.put(NodeId.of("start"), start);
        if (!start.edges().isEmpty()) {
            nodes.put(END, new HangUpNode(List.of(), HangUpReason.NORMAL));
        }
        return new Flow(new FlowId(id), "sample", List.of(Language.GREEK, Language.ENGLISH), ZoneOffset.UTC,
                NodeId.of("start"), nodes);
    }

    @Test
    void everyNodeKindInTheSealedHierarchyHasASample() {
        assertThat(Node.class.isSealed()).isTrue();
        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(Arrays.asList(Node.class.getPermittedSubclasses()));
    }

    @Test
    void everyNodeKindIsHandledByTheValidatorTheInterpreterAndTheDiagrams() {
        List<Flow> flows = new ArrayList<>();
        samples().forEach((kind, node) -> flows.add(flowOf(kind.getSimpleName(), node)));
        flows.add(flowOf("sub", new ReturnNode()));
        FlowValidator.Builder validation = FlowValidator.builder().topics(java.util.Set.of(new TopicId("pensions")))
                .schedules(java.util.Set.of(new ScheduleId("line")));
        FlowRepository repository = FlowRepository.of(flows, validation); // throws if any kind is refused
        MutableClock clock = new MutableClock(Instant.parse("2026-04-14T07:00:00Z"));
        IvrInterpreter ivr = IvrInterpreter.builder().flows(repository).schedule(new FakeSchedule("line")).clock(clock)
                .canDialOut(true).build();

        for (Map.Entry<Class<?>, Node> e : samples().entrySet()) {
            Node node = e.getValue();
            assertThat(node.accept(Steps.FOR_NODE)).as("step of %s", e.getKey()).isNotNull();
            assertThat(node.kind()).isNotBlank();
            SimulatedCaller caller = SimulatedCaller.withNumber(ivr, clock).dials(e.getKey().getSimpleName());
            for (int i = 0; i < 20 && caller.outcome().isEmpty(); i++) {
                if (caller.control.playing) {
                    caller.listens();
                } else if (caller.control.timer.isPresent()) {
                    caller.staysSilent();
                } else if (caller.control.transferredTo.isPresent()) {
                    caller.transferCompletes();
                } else {
                    ivr.onSignal(new CallSignal.TimerFired(caller.call.id(), clock.instant()));
                }
            }
            IvrOutcome outcome = caller.outcome().orElseThrow(() -> new AssertionError(e.getKey() + " never left the IVR"));
            if (outcome instanceof IvrOutcome.Ended) {
                assertThat(((IvrOutcome.Ended) outcome).reason()).as(e.getKey().getSimpleName())
                        .doesNotContain("failure");
            }
            Flow flow = repository.flow(new FlowId(e.getKey().getSimpleName())).orElseThrow();
            assertThat(FlowDiagram.mermaid(flow)).contains(node.kind());
            assertThat(FlowDiagram.dot(flow)).contains(node.kind());
        }
    }

    /** One signal of every kind the call side can send, for {@code call}. */
    private static Map<Class<?>, CallSignal> signalSamples(org.govcc.api.call.CallId call, Instant at) {
        org.govcc.api.agent.AgentId agent = new org.govcc.api.agent.AgentId("agent-1");
        PhoneNumber number = new PhoneNumber("112");
        Map<Class<?>, CallSignal> s = new LinkedHashMap<>();
        s.put(CallSignal.PromptFinished.class, new CallSignal.PromptFinished(call, at));
        s.put(CallSignal.DigitPressed.class, new CallSignal.DigitPressed(call, '5', at));
        s.put(CallSignal.TimerFired.class, new CallSignal.TimerFired(call, at));
        s.put(CallSignal.AgentAnswered.class, new CallSignal.AgentAnswered(call, agent, at));
        s.put(CallSignal.AgentUnreachable.class, new CallSignal.AgentUnreachable(call, agent, "busy", at));
        s.put(CallSignal.AgentHungUp.class, new CallSignal.AgentHungUp(call, agent, at));
        s.put(CallSignal.CitizenAnswered.class, new CallSignal.CitizenAnswered(call, at));
        s.put(CallSignal.DialFailed.class, new CallSignal.DialFailed(call, "busy", at));
        s.put(CallSignal.TransferCompleted.class, new CallSignal.TransferCompleted(call, number, at));
        s.put(CallSignal.TransferFailed.class,
                new CallSignal.TransferFailed(call, number, org.govcc.api.control.TransferFailure.BUSY, at));
        s.put(CallSignal.CallerHungUp.class, new CallSignal.CallerHungUp(call, at)); // last: it ends the session
        return s;
    }

    @Test
    void everySignalKindReachesASessionWithoutFailingIt() {
        MutableClock clock = new MutableClock(Instant.parse("2026-04-14T07:00:00Z"));
        IvrInterpreter ivr = IvrInterpreter.builder().flows(org.govcc.ivr.testkit.TestFlows.demo())
                .schedule(new FakeSchedule("line")).clock(clock).build();
        SimulatedCaller caller = SimulatedCaller.withNumber(ivr, clock).dials("demo");
        Map<Class<?>, CallSignal> samples = signalSamples(caller.call.id(), clock.instant());
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.asList(CallSignal.class.getPermittedSubclasses()));

        for (CallSignal signal : samples.values()) {
            ivr.onSignal(signal);
            assertThat(caller.control.hungUp).as("after %s", signal).isEmpty();
        }

        assertThat(caller.outcome()).containsInstanceOf(IvrOutcome.CallerHungUp.class);
    }
}
