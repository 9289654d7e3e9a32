package org.govcc.routing.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Days of real lines for the tests and benchmarks, read from this module's test resources. */
public final class TestDays {

    private TestDays() {
    }

    /** The Ministry of Labour's line: six topics and the complaint line, 08:00-20:00, a morning peak. */
    public static DayMix ministry() {
        String name = "org/govcc/routing/sim/ministry-day.txt";
        try (InputStream in = TestDays.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return DayMix.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
