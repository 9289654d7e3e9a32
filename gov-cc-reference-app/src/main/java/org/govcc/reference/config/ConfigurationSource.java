package org.govcc.reference.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.govcc.api.internal.Require;
import org.govcc.ivr.prompt.IndexedPromptCatalogue;

/**
 * Where a line's configuration files are read from: a directory (a ministry's own) or the class path (the WAR's
 * default configuration, the Ministry of Labour's line). Paths are relative and use {@code /}, e.g.
 * {@code flows/ministry-main.json}. Immutable and thread-safe.
 */
public sealed interface ConfigurationSource {

    /** The system property naming a configuration directory to use instead of the WAR's default. */
    String PROPERTY = "govcc.config";

    /** The class-path folder of the default configuration. */
    String DEFAULT_RESOURCE = "config/ministry-of-labour";

    /** Returns what is read, for messages. */
    String description();

    /** Returns the name of {@code path} in messages. */
    String origin(String path);

    /** Returns the address of {@code path}, if it exists. */
    Optional<URL> url(String path);

    /** Returns the directory, if this source is one (files may be checked against it). */
    Optional<Path> directory();

    /** Returns the prompt catalogue whose index is {@code prompts/catalogue.json}. */
    IndexedPromptCatalogue prompts();

    /**
     * Returns the UTF-8 text of {@code path}, if it exists.
     *
     * @throws UncheckedIOException if it exists but cannot be read
     */
    default Optional<String> text(String path) {
        Optional<URL> url = url(path);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = url.get().openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin(path), e);
        }
    }

    /** Returns the configuration directory {@code dir}. */
    static ConfigurationSource directory(Path dir) {
        return new Directory(dir);
    }

    /** Returns the configuration under the class-path folder {@code base}, read with {@code loader}. */
    static ConfigurationSource classpath(String base, ClassLoader loader) {
        return new Classpath(base, loader);
    }

    /**
     * Returns the directory named by the system property {@value #PROPERTY}, or else the WAR's default
     * configuration ({@value #DEFAULT_RESOURCE} on {@code loader}'s class path).
     *
     * @throws InvalidConfigurationException if the property names no directory
     */
    static ConfigurationSource fromSystemProperty(ClassLoader loader) {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return classpath(DEFAULT_RESOURCE, loader);
        }
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new InvalidConfigurationException(path.toString(), java.util.List.of(new ConfigurationProblem(
                    path.toString(), "", 0, 0, "the configuration directory named by -D" + PROPERTY
                    + " does not exist or is not a directory")));
        }
        return directory(path);
    }

    /** A configuration directory on disk. */
    record Directory(Path root) implements ConfigurationSource {
        /** Validates the value. */
        public Directory {
            root = Require.nonNull(root, "root").toAbsolutePath().normalize();
        }

        @Override
        public String description() {
            return root.toString();
        }

        @Override
        public String origin(String path) {
            return root.resolve(path).toString();
        }

        @Override
        public Optional<URL> url(String path) {
            Path file = root.resolve(path);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(file.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("cannot address " + file, e);
            }
        }

        @Override
        public Optional<Path> directory() {
            return Optional.of(root);
        }

        @Override
        public IndexedPromptCatalogue prompts() {
            return IndexedPromptCatalogue.fromDirectory(root.resolve("prompts"));
        }
    }

    /** A configuration folder on the class path (inside the WAR). */
    record Classpath(String base, ClassLoader loader) implements ConfigurationSource {
        /** Validates the values and drops leading and trailing slashes from {@code base}. */
        public Classpath {
            base = Require.nonBlank(base, "base").replaceAll("^/+", "").replaceAll("/+$", "");
            Require.nonNull(loader, "loader");
        }

        @Override
        public String description() {
            return "classpath:" + base;
        }

        @Override
        public String origin(String path) {
            return "classpath:" + base + "/" + path;
        }

        @Override
        public Optional<URL> url(String path) {
            return Optional.ofNullable(loader.getResource(base + "/" + path));
        }

        @Override
        public Optional<Path> directory() {
            return Optional.empty();
        }

        @Override
        public IndexedPromptCatalogue prompts() {
            return IndexedPromptCatalogue.fromClasspath(base + "/prompts/" + IndexedPromptCatalogue.INDEX, loader);
        }
    }
}
