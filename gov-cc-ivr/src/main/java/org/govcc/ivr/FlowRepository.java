package org.govcc.ivr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrFlowSource;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.flow.FlowJson;
import org.govcc.ivr.flow.FlowProblem;
import org.govcc.ivr.flow.InvalidFlowException;
import org.govcc.ivr.validate.FlowValidator;

/**
 * A set of flows that were read and validated together (so that sub-flow calls between them are checked).
 * A set with any problem is refused whole. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FlowRepository {

    private final Map<FlowId, Flow> flows;

    private FlowRepository(Map<FlowId, Flow> flows) {
        this.flows = Collections.unmodifiableMap(flows);
    }

    /**
     * Reads and validates {@code documents}.
     *
     * @param validation what the validator may check beyond each flow (topics, schedules, prompts); the
     *     sub-flow lookup is set to this set of flows
     * @throws InvalidFlowException listing every problem of every document, each with its position
     */
    public static FlowRepository load(Collection<FlowDocument> documents, FlowValidator.Builder validation) {
        Require.nonNull(documents, "documents");
        Require.nonNull(validation, "validation");
        List<FlowProblem> problems = new ArrayList<>();
        Map<FlowId, Flow> flows = new LinkedHashMap<>();
        Map<FlowId, FlowDocument> sources = new LinkedHashMap<>();
        for (FlowDocument document : documents) {
            if (sources.containsKey(document.id())) {
                problems.add(FlowProblem.at(document.origin(), "/id", "flow '" + document.id()
                        + "' is also defined in " + sources.get(document.id()).origin()));
                continue;
            }
            sources.put(document.id(), document);
            try {
                flows.put(document.id(), FlowJson.read(document));
            } catch (InvalidFlowException e) {
                problems.addAll(e.problems());
            }
        }
        FlowValidator validator = validation.flows(id -> Optional.ofNullable(flows.get(id))).build();
        for (Flow flow : flows.values()) {
            FlowDocument source = sources.get(flow.id());
            problems.addAll(FlowJson.locate(source.json(), validator.validate(flow, source.origin())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFlowException(problems);
        }
        return new FlowRepository(flows);
    }

    /** Reads and validates every flow of {@code source}; see {@link #load(Collection, FlowValidator.Builder)}. */
    public static FlowRepository load(IvrFlowSource source, FlowValidator.Builder validation) {
        Require.nonNull(source, "source");
        List<FlowDocument> documents = new ArrayList<>();
        for (FlowId id : source.flows()) {
            documents.add(source.load(id).orElseThrow(() -> new IllegalArgumentException(
                    "flow source '" + source.id() + "' lists flow '" + id + "' but cannot load it")));
        }
        return load(documents, validation);
    }

    /** Returns a repository of flows built in code, after validating them. */
    public static FlowRepository of(Collection<Flow> flows, FlowValidator.Builder validation) {
        Map<FlowId, Flow> map = new LinkedHashMap<>();
        flows.forEach(f -> map.put(f.id(), f));
        FlowValidator validator = validation.flows(id -> Optional.ofNullable(map.get(id))).build();
        List<FlowProblem> problems = new ArrayList<>();
        for (Flow flow : map.values()) {
            problems.addAll(validator.validate(flow, "flow " + flow.id()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFlowException(problems);
        }
        return new FlowRepository(map);
    }

    /** Returns the flow {@code id}, if loaded. */
    public Optional<Flow> flow(FlowId id) {
        return Optional.ofNullable(flows.get(id));
    }

    /** The ids of the loaded flows. */
    public Set<FlowId> ids() {
        return flows.keySet();
    }
}
