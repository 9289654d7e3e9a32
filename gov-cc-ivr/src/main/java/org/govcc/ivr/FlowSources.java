package org.govcc.ivr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowDocument;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrFlowSource;

/**
 * The built-in {@link IvrFlowSource}s: a directory of {@code ID.json} files, or named classpath resources. Both
 * read the documents once, when created; they are then immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FlowSources {

    private FlowSources() {
    }

    /**
     * Returns the flows in {@code directory}: every {@code *.json} file, its id being the file name without
     * {@code .json}.
     *
     * @throws UncheckedIOException if the directory cannot be read
     */
    public static IvrFlowSource directory(Path directory) {
        Require.nonNull(directory, "directory");
        Map<FlowId, FlowDocument> docs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList())) {
                FlowId id = new FlowId(f.getFileName().toString().replaceFirst("\\.json$", ""));
                docs.put(id, new FlowDocument(id, f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IVR flows in " + directory, e);
        }
        return new Fixed("directory:" + directory, docs);
    }

    /**
     * Returns the flows {@code ids} read from the classpath as {@code base/ID.json} (classpaths cannot be listed,
     * so the ids are given).
     *
     * @throws IllegalArgumentException if a resource is missing
     */
    public static IvrFlowSource classpath(String base, List<FlowId> ids, ClassLoader loader) {
        Require.nonNull(base, "base");
        Require.nonNull(ids, "ids");
        Require.nonNull(loader, "loader");
        String prefix = base.replaceAll("^/+", "").replaceAll("/*$", "/");
        Map<FlowId, FlowDocument> docs = new LinkedHashMap<>();
        for (FlowId id : ids) {
            String name = prefix + id + ".json";
            try (InputStream in = loader.getResourceAsStream(name)) {
                Require.that(in != null, "IVR flow resource '" + name + "' is not on the classpath");
                docs.put(id, new FlowDocument(id, "classpath:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return new Fixed("classpath:" + prefix, docs);
    }

    private static final class Fixed implements IvrFlowSource {
        private final String id;
        private final Map<FlowId, FlowDocument> docs;

        Fixed(String id, Map<FlowId, FlowDocument> docs) {
            this.id = id;
            this.docs = Collections.unmodifiableMap(docs);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Set<FlowId> flows() {
            return docs.keySet();
        }

        @Override
        public Optional<FlowDocument> load(FlowId flow) {
            return Optional.ofNullable(docs.get(flow));
        }
    }
}
