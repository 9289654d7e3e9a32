package org.govcc.ivr.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govcc.api.call.Language;
import org.govcc.api.control.PromptId;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.TopicId;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.ivr.flow.CallbackNode;
import org.govcc.ivr.flow.CollectDigitsNode;
import org.govcc.ivr.flow.DigitValidator;
import org.govcc.ivr.flow.Edge;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.FlowProblem;
import org.govcc.ivr.flow.HangUpNode;
import org.govcc.ivr.flow.LanguageChoiceNode;
import org.govcc.ivr.flow.MenuNode;
import org.govcc.ivr.flow.Node;
import org.govcc.ivr.flow.NodeId;
import org.govcc.ivr.flow.NodeVisitor;
import org.govcc.ivr.flow.PlayNode;
import org.govcc.ivr.flow.PromptItem;
import org.govcc.ivr.flow.QueueNode;
import org.govcc.ivr.flow.ReturnNode;
import org.govcc.ivr.flow.ScheduleBranchNode;
import org.govcc.ivr.flow.LookupNode;
import org.govcc.ivr.flow.SetVariableNode;
import org.govcc.ivr.flow.SubFlowNode;
import org.govcc.ivr.flow.TransferNode;
import org.govcc.ivr.prompt.PromptCatalogue;
import org.govcc.ivr.prompt.Speakers;

/**
 * Checks a flow's graph and references and names each problem's node by JSON pointer: missing start, dangling
 * targets, unreachable nodes, menus and digit entries without time-out or failure handling, loops that can spin
 * without caller input, prompts missing in one of the flow's languages, unknown topics, schedules and sub-flows.
 *
 * <p>The checks that need outside knowledge (topics, schedules, prompts, other flows, lookups) run only when the builder
 * was given it. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FlowValidator {

    private final Optional<Set<TopicId>> topics;
    private final Optional<Set<ScheduleId>> schedules;
    private final Optional<PromptCatalogue> prompts;
    private final Optional<Function<FlowId, Optional<Flow>>> flows;
    private final Optional<Set<String>> lookups;

    private FlowValidator(Builder b) {
        this.topics = Optional.ofNullable(b.topics);
        this.schedules = Optional.ofNullable(b.schedules);
        this.prompts = Optional.ofNullable(b.prompts);
        this.flows = Optional.ofNullable(b.flows);
        this.lookups = Optional.ofNullable(b.lookups);
    }

    /** Returns a builder; with nothing set, only the flow's own graph is checked. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a validator of the graph alone. */
    public static FlowValidator graphOnly() {
        return builder().build();
    }

    /**
     * Returns every problem of {@code flow}, in node order; empty if it is sound.
     *
     * @param origin the flow document's origin, for the problems
     */
    public List<FlowProblem> validate(Flow flow, String origin) {
        Require.nonNull(flow, "flow");
        Require.nonBlank(origin, "origin");
        List<FlowProblem> problems = new ArrayList<>();
        if (flow.node(flow.start()).isEmpty()) {
            problems.add(FlowProblem.at(origin, "/start", "start node '" + flow.start() + "' does not exist"));
        }
        for (Map.Entry<NodeId, Node> e : flow.nodes().entrySet()) {
            String pointer = Flow.pointer(e.getKey());
            Node node = e.getValue();
            for (Edge edge : node.edges()) {
                if (flow.node(edge.target()).isEmpty()) {
                    problems.add(FlowProblem.at(origin, pointer + "/" + edge.field(),
                            "target node '" + edge.target() + "' does not exist"));
                }
            }
            node.accept(new KindChecks(flow, origin, pointer, problems));
            checkPrompts(flow, origin, pointer, node, problems);
        }
        checkReachable(flow, origin, problems);
        checkLoopsWithoutInput(flow, origin, problems);
        checkSpokenValues(flow, origin, problems);
        return problems;
    }

    private void checkReachable(Flow flow, String origin, List<FlowProblem> problems) {
        Set<NodeId> seen = new HashSet<>();
        Deque<NodeId> todo = new ArrayDeque<>();
        if (flow.node(flow.start()).isPresent()) {
            todo.add(flow.start());
        }
        while (!todo.isEmpty()) {
            NodeId id = todo.poll();
            if (seen.add(id)) {
                flow.node(id).ifPresent(n -> n.edges().forEach(e -> todo.add(e.target())));
            }
        }
        for (NodeId id : flow.nodes().keySet()) {
            if (!seen.contains(id)) {
                problems.add(FlowProblem.at(origin, Flow.pointer(id),
                        "node '" + id + "' is unreachable from the start node '" + flow.start() + "'"));
            }
        }
    }

    /** Finds cycles made only of edges that need no key press (Tarjan's strongly connected components). */
    private void checkLoopsWithoutInput(Flow flow, String origin, List<FlowProblem> problems) {
        Map<NodeId, List<NodeId>> graph = new HashMap<>();
        flow.nodes().forEach((id, node) -> graph.put(id, node.edges().stream().filter(e -> !e.needsInput())
                .map(Edge::target).filter(t -> flow.node(t).isPresent()).collect(Collectors.toList())));
        for (List<NodeId> cycle : new Cycles(graph, flow.nodes().keySet()).find()) {
            String path = cycle.stream().map(NodeId::value).collect(Collectors.joining(" -> "))
                    + " -> " + cycle.get(0);
            problems.add(FlowProblem.at(origin, Flow.pointer(cycle.get(0)),
                    "loop that can spin without caller input: " + path));
        }
    }

    private void checkPrompts(Flow flow, String origin, String pointer, Node node, List<FlowProblem> problems) {
        if (prompts.isEmpty()) {
            return;
        }
        PromptCatalogue catalogue = prompts.get();
        node.promptLists().forEach((field, items) -> {
            for (int i = 0; i < items.size(); i++) {
                PromptId id = null;
                PromptItem item = items.get(i);
                if (item instanceof PromptItem.Say) {
                    id = ((PromptItem.Say) item).prompt();
                } else if (item instanceof PromptItem.SayVariablePrompt) {
                    id = ((PromptItem.SayVariablePrompt) item).otherwise();
                }
                if (id == null) {
                    continue;
                }
                for (Language language : flow.languages()) {
                    if (!catalogue.contains(language, id)) {
                        problems.add(FlowProblem.at(origin, pointer + "/" + field + "/" + i,
                                "prompt '" + id + "' has no audio in language '" + language + "'"));
                    }
                }
            }
        });
    }

    /** When a flow speaks numbers, durations or dates, the catalogue needs the words for them. */
    private void checkSpokenValues(Flow flow, String origin, List<FlowProblem> problems) {
        if (prompts.isEmpty()) {
            return;
        }
        boolean speaksValues = flow.nodes().values().stream().flatMap(n -> n.promptLists().values().stream())
                .flatMap(List::stream).anyMatch(p -> p instanceof PromptItem.SayNumber
                        || p instanceof PromptItem.SayDuration || p instanceof PromptItem.SayDateTime);
        if (!speaksValues) {
            return;
        }
        for (Language language : flow.languages()) {
            Optional<Set<PromptId>> vocabulary = Speakers.forLanguage(language).map(s -> s.vocabulary());
            if (vocabulary.isEmpty()) {
                problems.add(FlowProblem.at(origin, "/languages",
                        "no speaker for numbers and dates in language '" + language + "'"));
                continue;
            }
            Set<PromptId> missing = new LinkedHashSet<>();
            for (PromptId id : vocabulary.get()) {
                if (!prompts.get().contains(language, id)) {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(FlowProblem.at(origin, "/languages",
                        "the flow speaks numbers or dates but language '" + language + "' lacks the prompts " + missing));
            }
        }
    }

    /** Kind-specific checks; one method per kind, so a new kind does not compile until it is checked. */
    private final class KindChecks implements NodeVisitor<Void> {
        private final Flow flow;
        private final String origin;
        private final String pointer;
        private final List<FlowProblem> problems;

        KindChecks(Flow flow, String origin, String pointer, List<FlowProblem> problems) {
            this.flow = flow;
            this.origin = origin;
            this.pointer = pointer;
            this.problems = problems;
        }

        private void problem(String field, String message) {
            problems.add(FlowProblem.at(origin, field.isEmpty() ? pointer : pointer + "/" + field, message));
        }

        @Override
        public Void play(PlayNode node) {
            return null;
        }

        @Override
        public Void menu(MenuNode node) {
            if (node.timeout().isEmpty()) {
                problem("", "menu has no time-out (timeoutSeconds): a silent caller would wait forever");
            }
            if (node.onFailure().isEmpty()) {
                problem("", "menu has no fallback after the last retry (onFailure)");
            }
            // Said only before the menu is offered again: a menu without retries goes on at once.
            if (node.retries() > 0 && node.invalidPrompts().isEmpty()) {
                problem("", "menu says nothing after a wrong key (invalidPrompts)");
            }
            if (node.options().isEmpty()) {
                problem("options", "menu has no options");
            }
            return null;
        }

        @Override
        public Void collectDigits(CollectDigitsNode node) {
            if (node.timeout().isEmpty()) {
                problem("", "digit entry has no time-out (timeoutSeconds): a silent caller would wait forever");
            }
            if (node.onFailure().isEmpty()) {
                problem("", "digit entry has no fallback after the last retry (onFailure)");
            }
            if (node.invalidPrompts().isEmpty()) {
                problem("", "digit entry says nothing after a bad entry (invalidPrompts)");
            }
            if (node.skip().isPresent() && node.terminator().isEmpty()) {
                problem("skip", "skipping needs a terminator key");
            }
            DigitValidator v = node.validator();
            if (v != DigitValidator.NONE && (node.minLength() > v.maxLength() || node.maxLength() < v.minLength())) {
                problem("validator", "validator '" + v.jsonName() + "' needs " + v.minLength() + "-" + v.maxLength()
                        + " digits but the entry allows " + node.minLength() + "-" + node.maxLength());
            }
            return null;
        }

        @Override
        public Void languageChoice(LanguageChoiceNode node) {
            node.choices().forEach((key, language) -> {
                if (!flow.languages().contains(language)) {
                    problem("choices/" + key, "language '" + language + "' is not one of the flow's languages "
                            + flow.languages());
                }
            });
            return null;
        }

        @Override
        public Void scheduleBranch(ScheduleBranchNode node) {
            if (schedules.isPresent() && !schedules.get().contains(node.schedule())) {
                problem("schedule", "schedule '" + node.schedule() + "' does not exist");
            }
            return null;
        }

        @Override
        public Void queue(QueueNode node) {
            checkTopic(node.topic());
            return null;
        }

        @Override
        public Void callback(CallbackNode node) {
            checkTopic(node.topic());
            return null;
        }

        private void checkTopic(TopicId topic) {
            if (topics.isPresent() && !topics.get().contains(topic)) {
                problem("topic", "queue target topic '" + topic + "' does not exist");
            }
        }

        @Override
        public Void transfer(TransferNode node) {
            return null;
        }

        @Override
        public Void setVariable(SetVariableNode node) {
            if (SetVariableNode.LANGUAGE.equals(node.variable())
                    && flow.languages().stream().noneMatch(l -> l.code().equals(node.value()))) {
                problem("value", "language '" + node.value() + "' is not one of the flow's languages "
                        + flow.languages());
            }
            return null;
        }

        @Override
        public Void lookup(LookupNode node) {
            if (lookups.isPresent() && !lookups.get().contains(node.lookup())) {
                problem("lookup", "lookup '" + node.lookup() + "' is not offered by this line (it offers "
                        + new java.util.TreeSet<>(lookups.get()) + ")");
            }
            return null;
        }

        @Override
        public Void subFlow(SubFlowNode node) {
            if (flows.isEmpty()) {
                return null;
            }
            Optional<Flow> called = node.flow().equals(flow.id()) ? Optional.of(flow) : flows.get().apply(node.flow());
            if (called.isEmpty()) {
                problem("flow", "sub-flow '" + node.flow() + "' does not exist");
            } else {
                if (node.entry().isPresent() && called.get().node(node.entry().get()).isEmpty()) {
                    problem("entry", "sub-flow '" + node.flow() + "' has no node '" + node.entry().get() + "'");
                }
                if (!called.get().languages().containsAll(flow.languages())) {
                    problem("flow", "sub-flow '" + node.flow() + "' speaks " + called.get().languages()
                            + " but this flow's callers may speak " + flow.languages());
                }
            }
            return null;
        }

        @Override
        public Void returnNode(ReturnNode node) {
            return null;
        }

        @Override
        public Void hangUp(HangUpNode node) {
            return null;
        }
    }

    /** Collects what the validator may check beyond the flow itself. */
    public static final class Builder {
        private Set<TopicId> topics;
        private Set<ScheduleId> schedules;
        private PromptCatalogue prompts;
        private Function<FlowId, Optional<Flow>> flows;
        private Set<String> lookups;

        private Builder() {
        }

        /** Lookup nodes must name one of {@code known} (the lookups the line's interpreter registers). */
        public Builder lookups(Set<String> known) {
            this.lookups = Set.copyOf(Require.nonNull(known, "lookups"));
            return this;
        }

        /** Queue and callback topics must be among {@code known}. */
        public Builder topics(Set<TopicId> known) {
            this.topics = Set.copyOf(Require.nonNull(known, "topics"));
            return this;
        }

        /** Schedule branches must name one of {@code known}. */
        public Builder schedules(Set<ScheduleId> known) {
            this.schedules = Set.copyOf(Require.nonNull(known, "schedules"));
            return this;
        }

        /** Every recorded prompt must exist in every flow language of {@code catalogue}. */
        public Builder prompts(PromptCatalogue catalogue) {
            this.prompts = Require.nonNull(catalogue, "catalogue");
            return this;
        }

        /** Sub-flows must exist: {@code lookup} finds the other flows. */
        public Builder flows(Function<FlowId, Optional<Flow>> lookup) {
            this.flows = Require.nonNull(lookup, "flows");
            return this;
        }

        /** Returns the validator. */
        public FlowValidator build() {
            return new FlowValidator(this);
        }
    }
}
