package org.govcc.ivr.flow;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.control.PromptId;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.TopicId;
import org.govcc.api.schedule.ScheduleId;

/**
 * Reads flow JSON into a {@link Flow}: parses it (malformed JSON is reported with line and column), checks it
 * against the published JSON Schema ({@link #SCHEMA_RESOURCE}), then builds the records. Every problem is
 * reported at once in an {@link InvalidFlowException}, each with its JSON pointer and position.
 *
 * <p>Graph checks (reachability, targets, loops, prompts, topics) are the
 * {@link org.govcc.ivr.validate.FlowValidator}'s. Thread-safe: the class is stateless after loading the schema.
 *
 * @since 0.1
 */
public final class FlowJson {

    /** The classpath resource of the published JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "/org/govcc/ivr/flow/ivr-flow.schema.json";

    /** Defaults applied when a field is absent. */
    static final int DEFAULT_RETRIES = 2;
    static final Duration DEFAULT_CHOICE_TIMEOUT = Duration.ofSeconds(3);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonSchema SCHEMA = loadSchema();

    private FlowJson() {
    }

    /** Returns the published JSON Schema's text. */
    public static String schemaText() {
        try (InputStream in = FlowJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a flow document.
     *
     * @throws InvalidFlowException listing every problem, including a mismatch between the document's id and
     *     the {@code id} inside the JSON
     */
    public static Flow read(FlowDocument document) {
        Require.nonNull(document, "document");
        Flow flow = read(document.origin(), document.json());
        if (!flow.id().equals(document.id())) {
            throw new InvalidFlowException(List.of(FlowProblem.at(document.origin(), "/id",
                    "flow id '" + flow.id() + "' does not match the document's id '" + document.id() + "'")));
        }
        return flow;
    }

    /**
     * Reads flow JSON.
     *
     * @param origin where the text came from, for messages
     * @throws InvalidFlowException listing every problem
     */
    public static Flow read(String origin, String json) {
        Require.nonBlank(origin, "origin");
        Require.nonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            FlowProblem p = FlowProblem.at(origin, "", "malformed JSON: " + e.getOriginalMessage());
            throw new InvalidFlowException(List.of(at == null ? p : p.withPosition(at.getLineNr(), at.getColumnNr())));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidFlowException(List.of(FlowProblem.at(origin, "", "the document is empty")));
        }
        Positions positions = Positions.of(json);
        List<FlowProblem> problems = new ArrayList<>();
        schemaProblems(origin, SCHEMA.validate(root)).forEach(p -> problems.add(positions.locate(p)));
        if (problems.isEmpty()) {
            Flow flow = new Reader(origin, positions, problems).flow(root);
            if (problems.isEmpty()) {
                return flow;
            }
        }
        problems.sort(Comparator.comparingInt(FlowProblem::line).thenComparingInt(FlowProblem::column)
                .thenComparing(FlowProblem::pointer));
        throw new InvalidFlowException(problems);
    }

    /**
     * Returns {@code problems} with line and column taken from {@code json}, the text they were found in
     * (e.g. the validator's problems, which know only JSON pointers).
     */
    public static List<FlowProblem> locate(String json, List<FlowProblem> problems) {
        if (problems.isEmpty()) {
            return problems;
        }
        Positions positions = Positions.of(json);
        List<FlowProblem> located = new ArrayList<>();
        problems.forEach(p -> located.add(p.line() > 0 ? p : positions.locate(p)));
        return located;
    }

    /**
     * Turns the schema's messages into problems a flow author can act on: one message per wrong prompt (not one
     * per alternative of the schema's {@code oneOf}), unknown fields named at the field itself.
     */
    private static List<FlowProblem> schemaProblems(String origin, Set<ValidationMessage> messages) {
        Set<String> alternatives = new java.util.HashSet<>();
        for (ValidationMessage m : messages) {
            if ("oneOf".equals(m.getType())) {
                alternatives.add(m.getInstanceLocation().toString());
            }
        }
        Set<String> seen = new java.util.LinkedHashSet<>();
        List<FlowProblem> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String pointer = m.getInstanceLocation().toString();
            String type = m.getType();
            String property = m.getProperty();
            FlowProblem p;
            if ("oneOf".equals(type)) {
                p = FlowProblem.at(origin, pointer, "a prompt must be a prompt id (e.g. \"welcome\") or an object with "
                        + "one of: say, number, duration, dateTime, or promptFor with prefix and otherwise");
            } else if (alternatives.contains(pointer)) {
                continue; // detail of one alternative of a oneOf: the oneOf message says it all
            } else if ("required".equals(type) && property != null) {
                p = FlowProblem.at(origin, pointer, "missing required field '" + property + "'");
            } else if ("additionalProperties".equals(type) && property != null) {
                p = FlowProblem.at(origin, pointer + "/" + property, "unknown field '" + property + "'");
            } else {
                p = FlowProblem.at(origin, pointer, stripPath(m));
            }
            if (seen.add(p.pointer() + "\n" + p.message())) {
                problems.add(p);
            }
        }
        return problems;
    }

    private static String stripPath(ValidationMessage m) {
        String message = m.getMessage();
        String prefix = m.getInstanceLocation().toString() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText(), config);
    }

    /** Line and column of every member and array element, by JSON pointer. */
    static final class Positions {
        private final Map<String, int[]> byPointer = new HashMap<>();

        static Positions of(String json) {
            Positions positions = new Positions();
            try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
                        if (token == JsonToken.END_ARRAY) {
                            continue;
                        }
                        JsonLocation at = parser.currentTokenLocation();
                        positions.byPointer.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                                new int[] {at.getLineNr(), at.getColumnNr()});
                    }
                }
            } catch (IOException e) {
                // Already parsed once as a tree: cannot happen; positions are a convenience anyway.
            }
            return positions;
        }

        /** Returns {@code p} with the position of its pointer, or of the nearest enclosing one that is known. */
        FlowProblem locate(FlowProblem p) {
            String pointer = p.pointer();
            while (!pointer.isEmpty()) {
                int[] at = byPointer.get(pointer);
                if (at != null) {
                    return p.withPosition(at[0], at[1]);
                }
                pointer = pointer.substring(0, pointer.lastIndexOf('/'));
            }
            return p;
        }
    }

    /** Builds records from a schema-valid tree, collecting what the records' constructors refuse. */
    private static final class Reader {
        private final String origin;
        private final Positions positions;
        private final List<FlowProblem> problems;

        Reader(String origin, Positions positions, List<FlowProblem> problems) {
            this.origin = origin;
            this.positions = positions;
            this.problems = problems;
        }

        Flow flow(JsonNode root) {
            FlowId id = attempt("/id", () -> new FlowId(root.get("id").asText()));
            List<Language> languages = new ArrayList<>();
            root.get("languages").forEach(l -> languages.add(new Language(l.asText())));
            ZoneId zone = attempt("/timeZone", () -> root.has("timeZone") ? ZoneId.of(root.get("timeZone").asText())
                    : ZoneOffset.UTC);
            NodeId start = new NodeId(root.get("start").asText());
            Map<NodeId, Node> nodes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : root.get("nodes").properties()) {
                NodeId nodeId = new NodeId(e.getKey());
                Node node = attempt(Flow.pointer(nodeId), () -> node(e.getValue()));
                if (node != null) {
                    nodes.put(nodeId, node);
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            String description = root.has("description") ? root.get("description").asText() : "";
            return attempt("", () -> new Flow(id, description, languages, zone, start, nodes));
        }

        private <T> T attempt(String pointer, java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
                problems.add(positions.locate(FlowProblem.at(origin, pointer, String.valueOf(e.getMessage()))));
                return null;
            }
        }

        private Node node(JsonNode n) {
            String type = n.get("type").asText();
            switch (type) {
                case "play":
                    return new PlayNode(prompts(n, "prompts"), n.path("bargeIn").asBoolean(false), id(n, "next"));
                case "menu":
                    return new MenuNode(prompts(n, "prompts"), keys(n.get("options"), NodeId::new),
                            seconds(n, "timeoutSeconds"), n.path("retries").asInt(DEFAULT_RETRIES),
                            prompts(n, "invalidPrompts"), prompts(n, "noInputPrompts"), optionalId(n, "onFailure"));
                case "collectDigits": {
                    DigitValidator validator = DigitValidator.byJsonName(n.path("validator").asText("none"))
                            .orElseThrow();
                    int min = n.path("minLength").asInt(validator == DigitValidator.NONE ? 1 : validator.minLength());
                    int max = n.path("maxLength").asInt(validator == DigitValidator.NONE ? 20 : validator.maxLength());
                    return new CollectDigitsNode(prompts(n, "prompts"), n.get("variable").asText(), min, max,
                            n.has("terminator") ? Optional.of(n.get("terminator").asText().charAt(0)) : Optional.empty(),
                            validator, seconds(n, "timeoutSeconds"), n.path("retries").asInt(DEFAULT_RETRIES),
                            prompts(n, "invalidPrompts"), id(n, "next"), optionalId(n, "skip"),
                            optionalId(n, "onFailure"));
                }
                case "languageChoice":
                    return new LanguageChoiceNode(prompts(n, "prompts"), keys(n.get("choices"), Language::new),
                            seconds(n, "timeoutSeconds").orElse(DEFAULT_CHOICE_TIMEOUT), id(n, "next"));
                case "schedule":
                    return new ScheduleBranchNode(new ScheduleId(n.get("schedule").asText()), id(n, "open"),
                            id(n, "closed"), optionalId(n, "holiday"));
                case "queue":
                    return new QueueNode(new TopicId(n.get("topic").asText()),
                            n.has("priority") ? Optional.of(Priority.of(n.get("priority").asInt())) : Optional.empty(),
                            prompts(n, "prompts"));
                case "callback":
                    return new CallbackNode(new TopicId(n.get("topic").asText()), prompts(n, "prompts"),
                            id(n, "ifNoNumber"));
                case "transfer":
                    return new TransferNode(new PhoneNumber(n.get("number").asText()), prompts(n, "prompts"),
                            id(n, "onFailure"));
                case "setVariable":
                    return new SetVariableNode(n.get("variable").asText(), n.get("value").asText(), id(n, "next"));
                case "lookup":
                    return new LookupNode(n.get("lookup").asText(), n.get("into").asText(), id(n, "next"));
                case "subFlow":
                    return new SubFlowNode(new FlowId(n.get("flow").asText()), optionalId(n, "entry"), id(n, "next"));
                case "return":
                    return new ReturnNode();
                case "hangUp":
                    return new HangUpNode(prompts(n, "prompts"),
                            HangUpReason.valueOf(n.path("reason").asText("normal").toUpperCase(Locale.ROOT)));
                default:
                    throw new IllegalArgumentException("unknown node type '" + type + "'");
            }
        }

        private static NodeId id(JsonNode n, String field) {
            return new NodeId(n.get(field).asText());
        }

        private static Optional<NodeId> optionalId(JsonNode n, String field) {
            return n.has(field) ? Optional.of(new NodeId(n.get(field).asText())) : Optional.empty();
        }

        private static Optional<Duration> seconds(JsonNode n, String field) {
            return n.has(field) ? Optional.of(Duration.ofMillis(Math.round(n.get(field).asDouble() * 1000)))
                    : Optional.empty();
        }

        private static <V> Map<Character, V> keys(JsonNode object, java.util.function.Function<String, V> value) {
            Map<Character, V> map = new LinkedHashMap<>();
            object.properties().forEach(e -> map.put(e.getKey().charAt(0), value.apply(e.getValue().asText())));
            return map;
        }

        private static List<PromptItem> prompts(JsonNode n, String field) {
            List<PromptItem> items = new ArrayList<>();
            for (JsonNode p : n.path(field)) {
                if (p.isTextual()) {
                    items.add(new PromptItem.Say(new PromptId(p.asText())));
                } else if (p.has("say")) {
                    items.add(new PromptItem.Say(new PromptId(p.get("say").asText())));
                } else if (p.has("number")) {
                    items.add(new PromptItem.SayNumber(p.get("number").asText()));
                } else if (p.has("duration")) {
                    items.add(new PromptItem.SayDuration(p.get("duration").asText()));
                } else if (p.has("dateTime")) {
                    items.add(new PromptItem.SayDateTime(p.get("dateTime").asText()));
                } else {
                    items.add(new PromptItem.SayVariablePrompt(p.get("promptFor").asText(), p.get("prefix").asText(),
                            new PromptId(p.get("otherwise").asText())));
                }
            }
            return items;
        }
    }
}
