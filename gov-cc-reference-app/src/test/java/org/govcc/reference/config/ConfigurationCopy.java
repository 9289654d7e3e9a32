package org.govcc.reference.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govcc.reference.testing.Trees;

/**
 * A copy of the default configuration in a test's directory, for tests that break one file and look at the
 * problems the loader names.
 */
final class ConfigurationCopy {

    private final Path dir;

    private ConfigurationCopy(Path dir) {
        this.dir = dir;
    }

    /** Copies the default configuration into {@code dir}. */
    static ConfigurationCopy ofDefault(Path dir) {
        try {
            Trees.replaceWithCopy(resource(ConfigurationSource.DEFAULT_RESOURCE), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfigurationCopy(dir);
    }

    /** Replaces the first {@code from} in {@code file} (which must hold it) with {@code to}. */
    void edit(String file, String from, String to) {
        try {
            Path path = dir.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            assertThat(text).as(file).contains(from);
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the number of the first line of {@code file} that holds {@code text}. */
    int lineOf(String file, String text) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new AssertionError(text + " is not in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the copy, which must be refused, and returns the refusal. */
    InvalidConfigurationException refusal() {
        InvalidConfigurationException e = catchThrowableOfType(
                () -> ConfigurationLoader.load(ConfigurationSource.directory(dir)), InvalidConfigurationException.class);
        assertThat(e).as("the configuration in %s is refused", dir).isNotNull();
        return e;
    }

    /** Loads the copy, which must be refused, and returns its problems. */
    List<ConfigurationProblem> problems() {
        return refusal().problems();
    }

    /** Returns a resource of the test class path as a path. */
    static Path resource(String name) {
        try {
            return Path.of(ConfigurationCopy.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }
}
