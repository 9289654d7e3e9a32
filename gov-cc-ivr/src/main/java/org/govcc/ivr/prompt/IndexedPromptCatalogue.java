package org.govcc.ivr.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.control.PromptId;
import org.govcc.api.internal.Require;

/**
 * A catalogue described by an index file, {@code catalogue.json}, whose audio paths are relative to the index:
 *
 * <pre>
 * { "format": "WAV, 8 kHz, mono, G.711 u-law",
 *   "languages": { "el": { "welcome": "el/welcome.wav", ... }, "en": { ... } } }
 * </pre>
 *
 * <p>Works from a directory and from the classpath (inside a WAR or JAR). Every audio file is checked when the
 * catalogue is loaded. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IndexedPromptCatalogue implements PromptCatalogue {

    /** The index file's name. */
    public static final String INDEX = "catalogue.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<Language, Map<PromptId, URL>> audio;

    private IndexedPromptCatalogue(Map<Language, Map<PromptId, URL>> audio) {
        this.audio = audio;
    }

    /**
     * Loads the catalogue whose index is the classpath resource {@code indexResource} (e.g.
     * {@code /prompts/catalogue.json}).
     *
     * @throws IllegalArgumentException if the index is missing or malformed, or an audio file is missing
     */
    public static IndexedPromptCatalogue fromClasspath(String indexResource, ClassLoader loader) {
        Require.nonBlank(indexResource, "indexResource");
        Require.nonNull(loader, "loader");
        String name = indexResource.startsWith("/") ? indexResource.substring(1) : indexResource;
        URL index = loader.getResource(name);
        Require.that(index != null, "prompt catalogue index '" + indexResource + "' is not on the classpath");
        return load(index);
    }

    /**
     * Loads the catalogue in {@code directory} (its index is {@code directory/catalogue.json}).
     *
     * @throws IllegalArgumentException if the index is missing or malformed, or an audio file is missing
     */
    public static IndexedPromptCatalogue fromDirectory(Path directory) {
        Require.nonNull(directory, "directory");
        Path index = directory.resolve(INDEX);
        Require.that(Files.isRegularFile(index), "prompt catalogue index " + index + " does not exist");
        try {
            return load(index.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("cannot read " + index, e);
        }
    }

    private static IndexedPromptCatalogue load(URL index) {
        JsonNode root;
        try (InputStream in = index.openStream()) {
            root = MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(index + ":" + (e.getLocation() == null ? "" : e.getLocation().getLineNr()
                    + ":" + e.getLocation().getColumnNr() + ":") + " malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt catalogue " + index, e);
        }
        JsonNode languages = root.path("languages");
        Require.that(languages.isObject() && languages.size() > 0,
                index + ": 'languages' must map language codes to prompt tables");
        Map<Language, Map<PromptId, URL>> audio = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        languages.properties().forEach(l -> {
            Language language = new Language(l.getKey());
            Map<PromptId, URL> table = new LinkedHashMap<>();
            l.getValue().properties().forEach(p -> {
                PromptId id = new PromptId(p.getKey());
                try {
                    URL url = new URL(index, p.getValue().asText());
                    if (!exists(url)) {
                        missing.add(l.getKey() + "/" + id + " -> " + p.getValue().asText());
                    }
                    table.put(id, url);
                } catch (MalformedURLException e) {
                    missing.add(l.getKey() + "/" + id + " -> " + p.getValue().asText() + " (" + e.getMessage() + ")");
                }
            });
            audio.put(language, Collections.unmodifiableMap(table));
        });
        Require.that(missing.isEmpty(), index + ": audio files missing: " + missing);
        return new IndexedPromptCatalogue(Collections.unmodifiableMap(audio));
    }

    private static boolean exists(URL url) {
        try (InputStream in = url.openStream()) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Set<Language> languages() {
        return audio.keySet();
    }

    @Override
    public Optional<URL> audio(Language language, PromptId prompt) {
        Map<PromptId, URL> table = audio.get(language);
        return table == null ? Optional.empty() : Optional.ofNullable(table.get(prompt));
    }

    @Override
    public boolean contains(Language language, PromptId prompt) {
        Map<PromptId, URL> table = audio.get(language);
        return table != null && table.containsKey(prompt);
    }

    @Override
    public Set<PromptId> prompts(Language language) {
        Map<PromptId, URL> table = audio.get(language);
        return table == null ? Set.of() : table.keySet();
    }
}
