package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.govcc.reference.config.ConfigurationLoader;
import org.govcc.reference.config.ConfigurationSource;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.Trees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example line with its hours turned around, so that every run calls it both open and closed: a copy of
 * {@code examples/digital-governance} whose schedule is closed now if the example is open now (hours on a day
 * three days away only), and open now if it is closed (always open). Its menu and queues are
 * the example's.
 */
@OwnServers
class ExampleLineOppositeHoursIT {

    private static boolean exampleOpenNow;
    private static ExampleLine line;

    @BeforeAll
    static void start() {
        LineConfiguration example = ConfigurationLoader.load(ConfigurationSource.directory(ExampleLine.EXAMPLE));
        exampleOpenNow = example.calendar().statusAt(example.lines().get(0).schedule(), Instant.now()).isOpen();
        Path dir = Path.of("target", "example-opposite-hours").toAbsolutePath();
        copy(ExampleLine.EXAMPLE, dir);
        String schedule;
        if (exampleOpenNow) {
            DayOfWeek away = LocalDate.now(example.calendar().zone()).getDayOfWeek().plus(3);
            schedule = "{ \"id\": \"office-hours\", \"weekly\": [ { \"days\": \"" + away.name().toLowerCase(Locale.ROOT)
                    + "\", \"hours\": [\"09:00-17:00\"] } ] }";
        } else {
            schedule = "{ \"id\": \"office-hours\", \"alwaysOpen\": true }";
        }
        replace(dir.resolve("calendar.json"), "{ \"id\": \"office-hours\", \"weekly\": [ { \"days\": \"monday-friday\", "
                + "\"hours\": [\"09:00-17:00\"] } ] }", schedule);
        line = new ExampleLine("example-opposite-hours", dir);
    }

    @AfterAll
    static void stop() {
        if (line != null) {
            line.close();
        }
    }

    @Test
    void pressingTwoTakesTheOtherBranchThanTheExampleDoesNow() throws Exception {
        assertThat(line.callPressingTwo()).as("open now").isEqualTo(!exampleOpenNow);
    }

    private static void copy(Path from, Path to) {
        try {
            Trees.replaceWithCopy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).contains(from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
