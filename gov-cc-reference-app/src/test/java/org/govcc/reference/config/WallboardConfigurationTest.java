package org.govcc.reference.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.govcc.api.routing.QueueId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wallboard.json}: the alerts' limits are read with their defaults, and a bad value is refused by its field. */
class WallboardConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void theMinistrysAlertsWatchTheComplaintQueueForAMinute() {
        WallboardSettings w = MinistryOfLabourLine.configuration().wallboard();

        assertThat(w.complaintQueues()).containsExactly(new QueueId("harassment-complaints"));
        assertThat(w.complaintWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(w.serviceLevelRiskPercent()).isEqualTo(80);
        assertThat(w.wrapUpLimit()).isEqualTo(Duration.ofMinutes(3));
        assertThat(w.breakLimit()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void withoutTheFileTheNeverOvertakenQueuesAreTheComplaintLinesAndTheDefaultsApply() throws IOException {
        copyDefault();
        Files.delete(dir.resolve("wallboard.json"));

        WallboardSettings w = ConfigurationLoader.load(ConfigurationSource.directory(dir)).wallboard();

        assertThat(w).isEqualTo(WallboardSettings.defaults(java.util.Set.of(new QueueId("harassment-complaints"))));
    }

    @Test
    void aLimitOfZeroIsRefusedByTheSchemaNamingTheField() {
        copyDefault();
        edit("\"complaintWaitSeconds\": 60", "\"complaintWaitSeconds\": 0");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("wallboard.json");
            assertThat(p.pointer()).isEqualTo("/alerts/complaintWaitSeconds");
        });
    }

    @Test
    void anUnknownFieldAndAnUnknownComplaintQueueAreNamed() {
        copyDefault();
        edit("\"wrapUpSeconds\": 180", "\"wrapUpSecs\": 180");
        List<ConfigurationProblem> first = problems();
        assertThat(first).singleElement().satisfies(p -> assertThat(p.toString())
                .contains("/alerts/wrapUpSecs").contains("wrapUpSecs"));

        edit("\"wrapUpSecs\": 180", "\"wrapUpSeconds\": 180");
        edit("[\"harassment-complaints\"]", "[\"harassment\"]");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/alerts/complaintQueues/0");
            assertThat(p.message()).startsWith("unknown queue 'harassment'; queues.json defines [");
        });
    }

    private List<ConfigurationProblem> problems() {
        return catchThrowableOfType(() -> ConfigurationLoader.load(ConfigurationSource.directory(dir)),
                InvalidConfigurationException.class).problems();
    }

    private void copyDefault() {
        Path from;
        try {
            from = Path.of(getClass().getClassLoader().getResource(ConfigurationSource.DEFAULT_RESOURCE).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void edit(String from, String to) {
        try {
            Path path = dir.resolve("wallboard.json");
            String text = Files.readString(path, StandardCharsets.UTF_8);
            assertThat(text).contains(from);
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
