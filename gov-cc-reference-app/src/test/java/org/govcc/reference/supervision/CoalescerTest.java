package org.govcc.reference.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bursts of changes become one push, at most one per interval; a fake clock and timer, no waiting. */
class CoalescerTest {

    private static final Duration INTERVAL = Duration.ofMillis(300);

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private record Scheduled(Duration delay, Runnable task) {
    }

    private final MovableClock clock = new MovableClock();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private int pushes;
    private final Coalescer coalescer = new Coalescer(INTERVAL, clock,
            (delay, task) -> scheduled.add(new Scheduled(delay, task)), () -> pushes++);

    @Test
    void theFirstChangeIsPushedAtOnceAndABurstRidesOnIt() {
        coalescer.changed();
        coalescer.changed();
        coalescer.changed();

        assertThat(scheduled).singleElement().satisfies(s -> assertThat(s.delay()).isZero());
        runNext();
        assertThat(pushes).isEqualTo(1);
    }

    @Test
    void aChangeSoonAfterAPushWaitsForTheRestOfTheInterval() {
        coalescer.changed();
        runNext();
        clock.now = clock.now.plusMillis(100);

        coalescer.changed();
        coalescer.changed();

        assertThat(scheduled).singleElement().satisfies(s -> assertThat(s.delay()).isEqualTo(Duration.ofMillis(200)));
        runNext();
        assertThat(pushes).isEqualTo(2);
    }

    @Test
    void aChangeAfterAQuietSpellIsPushedAtOnce() {
        coalescer.changed();
        runNext();
        clock.now = clock.now.plusSeconds(5);

        coalescer.changed();

        assertThat(scheduled).singleElement().satisfies(s -> assertThat(s.delay()).isZero());
    }

    @Test
    void aChangeMadeWhileAPushIsBuiltGetsAPushOfItsOwn() {
        Coalescer[] self = new Coalescer[1];
        self[0] = new Coalescer(INTERVAL, clock, (delay, task) -> scheduled.add(new Scheduled(delay, task)), () -> {
            pushes++;
            if (pushes == 1) {
                self[0].changed(); // the line moved on while the first board was built
            }
        });
        self[0].changed();

        runNext();

        assertThat(scheduled).as("a second push, an interval after the first").singleElement()
                .satisfies(s -> assertThat(s.delay()).isEqualTo(INTERVAL));
        runNext();
        assertThat(pushes).isEqualTo(2);
    }

    private void runNext() {
        scheduled.remove(0).task().run();
    }
}
