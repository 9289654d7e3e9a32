package org.govcc.sip.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;

/**
 * Recorded prompts read from WAV files laid out as {@code <root>/<language>/<prompt-id>.wav}, on the file system
 * or the class path; each file is read once and cached.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class DirectoryPrompts implements PromptCatalogue.PromptLookup {

    private static final Logger LOG = Logger.getLogger(DirectoryPrompts.class.getName());

    private final Path directory;
    private final String classpathRoot;
    private final ClassLoader loader;
    private final ConcurrentMap<String, Optional<AudioClip>> cache = new ConcurrentHashMap<>();

    private DirectoryPrompts(Path directory, String classpathRoot, ClassLoader loader) {
        this.directory = directory;
        this.classpathRoot = classpathRoot;
        this.loader = loader;
    }

    /** Returns prompts under the directory {@code root}. */
    public static DirectoryPrompts inDirectory(Path root) {
        return new DirectoryPrompts(Require.nonNull(root, "root"), null, null);
    }

    /** Returns prompts under the class-path folder {@code root} (e.g. {@code prompts}) of {@code loader}. */
    public static DirectoryPrompts onClasspath(String root, ClassLoader loader) {
        return new DirectoryPrompts(null, Require.nonBlank(root, "root"), Require.nonNull(loader, "loader"));
    }

    @Override
    public Optional<AudioClip> find(String id, Language language) {
        return cache.computeIfAbsent(language.code() + "/" + id, this::load);
    }

    private Optional<AudioClip> load(String relative) {
        String file = relative + ".wav";
        try {
            if (directory != null) {
                Path p = directory.resolve(file);
                if (!Files.isRegularFile(p)) {
                    LOG.warning(() -> "prompt missing: " + p);
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(p)) {
                    return Optional.of(WavFile.read(p.toString(), in));
                }
            }
            try (InputStream in = loader.getResourceAsStream(classpathRoot + "/" + file)) {
                if (in == null) {
                    LOG.warning(() -> "prompt missing on class path: " + classpathRoot + "/" + file);
                    return Optional.empty();
                }
                return Optional.of(WavFile.read(file, in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read prompt " + file, e);
        }
    }
}
