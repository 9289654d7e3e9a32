package org.govcc.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DayMixTest {

    @Test
    void theMinistrysDayReadsWithItsTopicsInMenuOrderAndItsConfidentialLine() {
        DayMix day = TestDays.ministry();

        assertThat(day.open()).isEqualTo(LocalTime.of(8, 0));
        assertThat(day.close()).isEqualTo(LocalTime.of(20, 0));
        assertThat(day.topics().keySet()).containsExactly("insurance-pensions", "employment-training",
                "welfare-benefits", "labour-relations", "social-solidarity", "equality");
        assertThat(day.confidentialTopic()).isEqualTo("harassment-complaints");
        assertThat(day.shape().weights()).hasSize(12);
        assertThat(day.shape().weightAt(LocalTime.of(10, 15).toSecondOfDay()))
                .isGreaterThan(day.shape().weightAt(LocalTime.of(19, 15).toSecondOfDay()));
    }

    @Test
    void aMalformedLineIsNamedWithItsOriginAndNumber() {
        assertThatThrownBy(() -> DayMix.parse("open 08:00\nclose 20:00\nhourly 1 x\ntopic a 1\n", "day.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("day.txt:3: malformed value");
        assertThatThrownBy(() -> DayMix.parse("open 08:00\nclose 20:00\nhourly 1\nwhen 3\n", "day.txt"))
                .hasMessageStartingWith("day.txt:4: unknown key 'when'");
    }

    @Test
    void sharesAboveTheWholeDayAreRefused() {
        assertThatThrownBy(() -> DayMix.parse("open 08:00\nclose 20:00\nhourly 1\ntopic a 0.7\ntopic b 0.4\n", "d"))
                .hasMessageContaining("the shares add up to").hasMessageStartingWith("d: ");
    }
}
