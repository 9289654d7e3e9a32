package org.govcc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code fewest-calls-today} counts an agent's calls of the Athens day they were answered on: yesterday's calls stop
 * counting at Athens midnight, without a timer and whether or not the agent has answered since, also on the days
 * the clocks change (23 and 25 hours long), where "24 hours after midnight" is not midnight.
 */
class CallsTodayAcrossMidnightTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private static QueueConfig.Builder pensions() {
        return QueueConfig.builder("pensions").requires("pensions", 1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-03-02, an ordinary winter day (Athens midnight is 22:00 UTC)",
        "2026-07-15, an ordinary summer day (Athens midnight is 21:00 UTC)",
        "2026-03-29, the day summer time starts (23 hours)",
        "2026-10-25, the day summer time ends (25 hours)",
    })
    void yesterdaysCallsStopCountingAtAthensMidnight(LocalDate day, String what) {
        Harness h = new Harness(Harness.config(pensions().strategy(Strategies.fewestCallsToday())
                .wrapUp(Duration.ZERO).build()), day.atTime(0, 5).atZone(ATHENS).toInstant());
        h.agent("busy", "pensions:5");
        h.enqueue("c1", "pensions");
        h.serve("c1", "busy", Duration.ofSeconds(10));
        h.enqueue("c2", "pensions");
        h.serve("c2", "busy", Duration.ofSeconds(10));
        h.agent("fresh", "pensions:5");
        h.advance(Duration.ofMinutes(1));
        h.enqueue("c3", "pensions");
        h.serve("c3", "fresh", Duration.ofSeconds(10)); // "busy" 2 calls, "fresh" 1 and idle for less time

        advanceTo(h, day.atTime(23, 50));
        h.enqueue("c4", "pensions");
        assertThat(h.offeredTo("c4")).as("at 23:50 the day's counts still hold (2 against 1)")
                .isEqualTo(Harness.id("fresh"));
        h.callerHangsUp("c4"); // not answered: counts nothing

        advanceTo(h, day.plusDays(1).atTime(0, 10));
        h.enqueue("c5", "pensions");
        assertThat(h.offeredTo("c5")).as("at 00:10 both start at 0 and the longest idle is offered the call")
                .isEqualTo(Harness.id("busy"));
    }

    private static void advanceTo(Harness h, LocalDateTime athens) {
        Duration d = Duration.between(h.clock.instant(), athens.atZone(ATHENS).toInstant());
        assertThat(d).as("the clock moves forward to %s", athens).isPositive();
        h.advance(d);
        assertThat(LocalDateTime.ofInstant(h.clock.instant(), ATHENS)).isEqualTo(athens);
    }
}
