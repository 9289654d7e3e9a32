package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.TopicId;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.FlowJson;
import org.govcc.ivr.flow.InvalidFlowException;
import org.govcc.ivr.flow.SubFlowNode;
import org.govcc.ivr.prompt.IndexedPromptCatalogue;
import org.govcc.ivr.validate.FlowValidator;
import org.govcc.sip.line.EngineCallHandler;

/**
 * Reads the prompts ({@code prompts/catalogue.json} and its audio files) and the IVR flows
 * ({@code flows/ID.json}: those the lines name and the sub-flows they call), and has the IVR module's
 * {@link FlowValidator} check the flows against the configured topics, schedules and prompts, and the lookups the
 * reference line offers ({@link IvrLookups}). Not thread-safe.
 */
final class IvrReader {

    /** The prompts the SIP line itself plays to waiting callers, whatever the flows say. */
    static final List<String> LINE_PROMPTS = List.of(EngineCallHandler.POSITION_PROMPT, EngineCallHandler.WAIT_PROMPT,
            EngineCallHandler.HOLD_PROMPT);

    private final ConfigurationSource source;
    private final List<ConfigurationProblem> problems;

    IvrReader(ConfigurationSource source, List<ConfigurationProblem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Returns the catalogue if its index is sound and every audio file it names exists. */
    Optional<IndexedPromptCatalogue> prompts() {
        Optional<JsonFile> read = JsonFile.read(source, "prompts/" + IndexedPromptCatalogue.INDEX, "prompt-catalogue",
                true, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        JsonFile file = read.get();
        int before = problems.size();
        for (Map.Entry<String, JsonNode> language : file.root().get("languages").properties()) {
            for (Map.Entry<String, JsonNode> prompt : language.getValue().properties()) {
                String audio = "prompts/" + prompt.getValue().asText();
                if (source.url(audio).isEmpty()) {
                    file.problem(JsonFile.pointer("languages", language.getKey(), prompt.getKey()),
                            "audio file " + source.origin(audio) + " does not exist");
                }
            }
            for (String needed : LINE_PROMPTS) {
                if (!language.getValue().has(needed)) {
                    file.problem(JsonFile.pointer("languages", language.getKey()), "prompt '" + needed
                            + "' is missing: the line plays it to callers waiting in a queue");
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(source.prompts());
        } catch (IllegalArgumentException e) {
            file.problem("", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Reads and validates the flows {@code entries} name (flow id to the pointer in {@code linesFile} that names
     * it) and every sub-flow they call.
     *
     * @param topics the topic ids flows may queue to, if known
     * @param schedules the schedule ids flows may consult, if known
     * @param prompts the catalogue flows' prompts must be in, if known
     */
    Optional<FlowRepository> flows(JsonFile linesFile, Map<FlowId, String> entries, Optional<Set<TopicId>> topics,
                                   Optional<Set<ScheduleId>> schedules, Optional<IndexedPromptCatalogue> prompts) {
        Map<FlowId, FlowDocument> documents = new LinkedHashMap<>();
        Set<FlowId> missing = new HashSet<>();
        Deque<FlowId> todo = new ArrayDeque<>(entries.keySet());
        while (!todo.isEmpty()) {
            FlowId id = todo.poll();
            if (documents.containsKey(id) || missing.contains(id)) {
                continue;
            }
            String path = "flows/" + id.value() + ".json";
            Optional<String> text = source.text(path);
            if (text.isEmpty()) {
                missing.add(id);
                if (entries.containsKey(id)) {
                    linesFile.problem(entries.get(id), "unknown flow '" + id + "': there is no " + path);
                }
                continue; // a missing sub-flow is named by the flow validator, at the node that calls it
            }
            FlowDocument document = new FlowDocument(id, source.origin(path), text.get());
            documents.put(id, document);
            try {
                Flow flow = FlowJson.read(document);
                flow.nodes().values().stream().filter(SubFlowNode.class::isInstance)
                        .map(n -> ((SubFlowNode) n).flow()).forEach(todo::add);
            } catch (InvalidFlowException e) {
                // Reported below, when the repository reads every document again.
            }
        }
        FlowValidator.Builder validation = FlowValidator.builder().lookups(IvrLookups.ALL);
        topics.ifPresent(validation::topics);
        schedules.ifPresent(validation::schedules);
        prompts.ifPresent(validation::prompts);
        try {
            return Optional.of(FlowRepository.load(new ArrayList<>(documents.values()), validation));
        } catch (InvalidFlowException e) {
            e.problems().forEach(p -> problems.add(ConfigurationProblem.of(p)));
            return Optional.empty();
        }
    }
}
