package org.govcc.ivr.flow;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowId;

/**
 * An IVR flow: nodes by id, where it starts, the languages its prompts exist in and the time zone in which it
 * speaks dates. Immutable and thread-safe. Whether the graph is sound is checked by
 * {@link org.govcc.ivr.validate.FlowValidator}, not here, so that every problem can be reported at once.
 *
 * @param id the flow's id
 * @param description what the flow is for, for people
 * @param languages the languages callers may hear, the first being the default; at least one
 * @param timeZone the zone in which dates and times are spoken
 * @param start the first node
 * @param nodes the nodes, in document order; at least one
 * @since 0.1
 */
public record Flow(FlowId id, String description, List<Language> languages, ZoneId timeZone, NodeId start,
        Map<NodeId, Node> nodes) {

    /** Validates the values and freezes the collections. */
    public Flow {
        Require.nonNull(id, "id");
        Require.nonNull(description, "description");
        Require.nonNull(languages, "languages");
        languages = List.copyOf(languages);
        Require.that(!languages.isEmpty(), "flow " + id + " needs at least one language");
        Require.that(languages.stream().distinct().count() == languages.size(),
                "flow " + id + " lists a language twice: " + languages);
        Require.nonNull(timeZone, "timeZone");
        Require.nonNull(start, "start");
        Require.nonNull(nodes, "nodes");
        Require.that(!nodes.isEmpty(), "flow " + id + " needs at least one node");
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** The default language (the first listed). */
    public Language defaultLanguage() {
        return languages.get(0);
    }

    /** Returns the node {@code id}, if the flow has it. */
    public Optional<Node> node(NodeId nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    /** Returns the JSON pointer of node {@code nodeId} in the flow document, e.g. {@code /nodes/menu}. */
    public static String pointer(NodeId nodeId) {
        return "/nodes/" + nodeId.value();
    }
}
