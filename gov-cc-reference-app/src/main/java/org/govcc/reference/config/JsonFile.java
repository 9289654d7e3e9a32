package org.govcc.reference.config;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One configuration file, parsed and checked against its published schema, with the line and column of every
 * value so that each problem found later names its place. Problems go to the loader's shared list.
 *
 * <p>Not thread-safe (used by one loader run); the schemas are loaded once and shared.
 */
final class JsonFile {

    /** The class-path folder of the published schemas ({@code NAME.schema.json}). */
    static final String SCHEMAS = "/org/govcc/reference/config/schema/";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private final String origin;
    private final JsonNode root;
    private final Map<String, int[]> positions;
    private final List<ConfigurationProblem> problems;

    private JsonFile(String origin, JsonNode root, Map<String, int[]> positions, List<ConfigurationProblem> problems) {
        this.origin = origin;
        this.root = root;
        this.positions = positions;
        this.problems = problems;
    }

    /**
     * Reads {@code path} and checks it against schema {@code schema}; returns it only if it parsed and met the
     * schema, every problem otherwise added to {@code problems}.
     *
     * @param required whether a missing file is a problem (otherwise it is simply absent)
     */
    static Optional<JsonFile> read(ConfigurationSource source, String path, String schema, boolean required,
                                   List<ConfigurationProblem> problems) {
        String origin = source.origin(path);
        Optional<String> text = source.text(path);
        if (text.isEmpty()) {
            if (required) {
                problems.add(new ConfigurationProblem(origin, "", 0, 0, "the file is missing"));
            }
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text.get());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new ConfigurationProblem(origin, "", at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()), "malformed JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (root == null || root.isMissingNode()) {
            problems.add(new ConfigurationProblem(origin, "", 0, 0, "the file is empty"));
            return Optional.empty();
        }
        JsonFile file = new JsonFile(origin, root, positions(text.get()), problems);
        int before = problems.size();
        file.schemaProblems(schema(schema).validate(root));
        return problems.size() == before ? Optional.of(file) : Optional.empty();
    }

    /** Returns the published schema {@code name} ({@code NAME.schema.json}) as text. */
    static String schemaText(String name) {
        try (InputStream in = JsonFile.class.getResourceAsStream(SCHEMAS + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no published schema " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's name in messages. */
    String origin() {
        return origin;
    }

    /** The document. */
    JsonNode root() {
        return root;
    }

    /** Adds a problem at {@code pointer}, with the line and column of the value there (or of its nearest parent). */
    void problem(String pointer, String message) {
        String at = pointer;
        while (!at.isEmpty()) {
            int[] position = positions.get(at);
            if (position != null) {
                problems.add(new ConfigurationProblem(origin, pointer, position[0], position[1], message));
                return;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        problems.add(new ConfigurationProblem(origin, pointer, 0, 0, message));
    }

    /** Returns the JSON pointer of {@code parts} (member names escaped as RFC 6901 says). */
    static String pointer(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            sb.append('/').append(String.valueOf(part).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /**
     * Turns the schema's messages into problems an author can act on: a missing field named at its object, an
     * unknown field at the field itself, one message for an {@code anyOf} rather than one per alternative (the validator may report only the
     * alternatives' own messages).
     */
    private void schemaProblems(Set<ValidationMessage> messages) {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> found = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String pointer = m.getInstanceLocation().toString();
            String type = m.getType();
            String property = m.getProperty();
            String[] p;
            String path = m.getEvaluationPath().toString();
            if ("anyOf".equals(type) || "oneOf".equals(type) || path.contains("/anyOf/") || path.contains("/oneOf/")) {
                // The only alternatives in the published schemas: a widening step lowers levels, overflows, or both.
                p = new String[] {pointer, "give lowerLevelTo, overflow or both"};
            } else if ("required".equals(type) && property != null) {
                p = new String[] {pointer, "missing required field '" + property + "'"};
            } else if ("additionalProperties".equals(type) && property != null) {
                p = new String[] {pointer + "/" + property, "unknown field '" + property + "'"};
            } else if ("not".equals(type)) {
                p = new String[] {pointer, "readerRole and retentionDays belong to a confidential policy only"};
            } else {
                String message = m.getMessage();
                String prefix = pointer + ": ";
                p = new String[] {pointer, message.startsWith(prefix) ? message.substring(prefix.length()) : message};
            }
            if (seen.add(p[0] + "\n" + p[1])) {
                found.add(p);
            }
        }
        found.sort((a, b) -> a[0].compareTo(b[0]));
        found.forEach(p -> problem(p[0], p[1]));
    }

    private static JsonSchema schema(String name) {
        return LOADED.computeIfAbsent(name, n -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaText(n), SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                        .locale(Locale.ENGLISH).build()));
    }

    /** Line and column of every member and array element, by JSON pointer. */
    private static Map<String, int[]> positions(String json) {
        Map<String, int[]> byPointer = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
                    if (token == JsonToken.END_ARRAY) {
                        continue;
                    }
                    JsonLocation at = parser.currentTokenLocation();
                    byPointer.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (IOException e) {
            // Parsed once already as a tree, so this cannot happen; positions are a convenience anyway.
        }
        return byPointer;
    }
}
