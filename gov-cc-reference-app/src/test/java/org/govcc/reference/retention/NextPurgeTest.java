package org.govcc.reference.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class NextPurgeTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final LocalTime HALF_PAST_THREE = LocalTime.of(3, 30);

    @Test
    void runsLaterTheSameNightBeforeThePurgeTimeAndTheNextNightAfterIt() {
        assertThat(NextPurge.after(ZonedDateTime.parse("2026-12-03T01:00+02:00[Europe/Athens]"), HALF_PAST_THREE,
                ATHENS)).isEqualTo(ZonedDateTime.parse("2026-12-03T03:30+02:00[Europe/Athens]"));
        assertThat(NextPurge.after(ZonedDateTime.parse("2026-12-03T03:30+02:00[Europe/Athens]"), HALF_PAST_THREE,
                ATHENS)).as("exactly at the time: the next day")
                .isEqualTo(ZonedDateTime.parse("2026-12-04T03:30+02:00[Europe/Athens]"));
    }

    @Test
    void countsInTheCalendarsZoneWhateverTheServersAndAcrossSummerTime() {
        // 23:00 UTC on 28 March 2026 is 01:00 in Athens; clocks go forward at 03:00 that night (to 04:00).
        ZonedDateTime next = NextPurge.after(ZonedDateTime.parse("2026-03-28T23:00Z"), HALF_PAST_THREE, ATHENS);
        assertThat(next.toLocalDate()).hasToString("2026-03-29");
        assertThat(next.toLocalTime()).as("03:30 does not exist that night: just after the gap")
                .isEqualTo(LocalTime.of(4, 30));
        assertThat(NextPurge.after(ZonedDateTime.parse("2026-07-01T12:00Z"), HALF_PAST_THREE, ATHENS).toInstant())
                .hasToString("2026-07-02T00:30:00Z");
    }
}
