package org.govcc.routing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DailyIntervalTest {

    @Test
    void parsesHoursAndMinutes() {
        DailyInterval interval = DailyInterval.parse("08:00-20:00");

        assertThat(interval.start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(interval.end()).isEqualTo(LocalTime.of(20, 0));
        assertThat(interval.endsAtMidnight()).isFalse();
        assertThat(interval).hasToString("08:00-20:00");
    }

    @Test
    void readsTwentyFourHundredAsMidnightAtTheEndOfTheDay() {
        DailyInterval evening = DailyInterval.parse("20:00-24:00");

        assertThat(evening.endsAtMidnight()).isTrue();
        assertThat(evening).hasToString("20:00-24:00");
        assertThat(DailyInterval.parse("00:00-24:00")).isEqualTo(DailyInterval.WHOLE_DAY);
    }

    @Test
    void refusesAnEndBeforeTheStartNamingBothTimes() {
        assertThatThrownBy(() -> DailyInterval.of(LocalTime.of(20, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interval end must be after its start")
                .hasMessageContaining("20:00-08:00");
        assertThatThrownBy(() -> DailyInterval.parse("10:00-10:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10:00-10:00");
    }

    @Test
    void refusesMalformedTextQuotingIt() {
        assertThatThrownBy(() -> DailyInterval.parse("8 to 20"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'8 to 20'");
        assertThatThrownBy(() -> DailyInterval.parse("08:00-25:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'08:00-25:00'");
    }

    @Test
    void treatsTouchingIntervalsAsNotOverlapping() {
        DailyInterval morning = DailyInterval.parse("08:00-12:00");

        assertThat(morning.overlaps(DailyInterval.parse("12:00-14:00"))).isFalse();
        assertThat(morning.overlaps(DailyInterval.parse("11:59-14:00"))).isTrue();
        assertThat(DailyInterval.parse("20:00-24:00").overlaps(DailyInterval.parse("23:00-23:30"))).isTrue();
        assertThat(DailyInterval.parse("20:00-24:00").overlaps(DailyInterval.parse("08:00-20:00"))).isFalse();
        assertThat(DailyInterval.WHOLE_DAY.overlaps(morning)).isTrue();
    }

    @Test
    void sortsByStartThenEndWithMidnightLast() {
        assertThat(DailyInterval.parse("08:00-24:00")).isGreaterThan(DailyInterval.parse("08:00-23:00"));
        assertThat(DailyInterval.parse("07:00-24:00")).isLessThan(DailyInterval.parse("08:00-09:00"));
    }
}
