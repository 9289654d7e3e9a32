package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualSchedulerTest {

    private final ManualClock clock = new ManualClock(Harness.START);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<String> ran = new ArrayList<>();

    @Test
    void tasksRunInDueOrderAndTheClockFollows() {
        scheduler.schedule(Duration.ofSeconds(20), () -> ran.add("b@" + clock.instant()));
        scheduler.schedule(Duration.ofSeconds(10), () -> ran.add("a@" + clock.instant()));
        scheduler.schedule(Duration.ofSeconds(10), () -> ran.add("a2@" + clock.instant()));

        scheduler.advance(Duration.ofSeconds(30));

        assertThat(ran).containsExactly("a@" + Harness.START.plusSeconds(10), "a2@" + Harness.START.plusSeconds(10),
                "b@" + Harness.START.plusSeconds(20));
        assertThat(clock.instant()).isEqualTo(Harness.START.plusSeconds(30));
    }

    @Test
    void aCancelledTaskNeverRuns() {
        Cancellable c = scheduler.schedule(Duration.ofSeconds(5), () -> ran.add("cancelled"));
        scheduler.schedule(Duration.ofSeconds(6), () -> ran.add("kept"));

        c.cancel();
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(ran).containsExactly("kept");
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void manyCancelledTasksArePurged() {
        for (int i = 0; i < 5_000; i++) {
            scheduler.schedule(Duration.ofSeconds(60), () -> ran.add("x")).cancel();
        }
        scheduler.schedule(Duration.ofSeconds(60), () -> ran.add("last"));

        assertThat(scheduler.pending()).isEqualTo(1);
        scheduler.advance(Duration.ofMinutes(2));
        assertThat(ran).containsExactly("last");
    }

    @Test
    void tasksMayScheduleFurtherTasksWithinTheWindow() {
        scheduler.schedule(Duration.ofSeconds(1), () -> scheduler.schedule(Duration.ofSeconds(1), () -> ran.add("child")));

        scheduler.advance(Duration.ofSeconds(2));

        assertThat(ran).containsExactly("child");
    }

    @Test
    void timeNeverGoesBackwards() {
        assertThatThrownBy(() -> clock.setInstant(Harness.START.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be before");
        assertThatThrownBy(() -> scheduler.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
