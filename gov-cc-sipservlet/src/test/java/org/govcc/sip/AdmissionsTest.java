package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.govcc.api.call.LineId;
import org.junit.jupiter.api.Test;

class AdmissionsTest {

    private static final LineId MAIN = new LineId("main");
    private static final LineId COMPLAINTS = new LineId("complaints");

    @Test
    void aLineAtItsOwnLimitIsRefusedWhileAnotherLineStillGetsTheSeatsLeft() {
        Admissions seats = new Admissions(5, Map.of(MAIN, 3));
        for (int i = 0; i < 3; i++) {
            assertThat(seats.admit(MAIN)).isEmpty();
        }

        assertThat(seats.admit(MAIN)).hasValue("admission limit 3 of line main reached");
        assertThat(seats.admit(COMPLAINTS)).isEmpty();
        assertThat(seats.admit(COMPLAINTS)).isEmpty();
        assertThat(seats.admit(COMPLAINTS)).hasValue("admission limit 5 reached");
        assertThat(seats.admitted()).isEqualTo(5);
    }

    @Test
    void aRefusalByTheTotalGivesTheLinesSeatBack() {
        Admissions seats = new Admissions(2, Map.of(MAIN, 2));
        assertThat(seats.admit(COMPLAINTS)).isEmpty();
        assertThat(seats.admit(COMPLAINTS)).isEmpty();

        assertThat(seats.admit(MAIN)).hasValue("admission limit 2 reached");
        seats.release(COMPLAINTS);
        seats.release(COMPLAINTS);
        assertThat(seats.admit(MAIN)).isEmpty();
        assertThat(seats.admit(MAIN)).as("main took no seat on its refused attempt").isEmpty();
        assertThat(seats.admit(MAIN)).hasValue("admission limit 2 of line main reached");
    }

    @Test
    void aReleasedSeatCanBeTakenAgain() {
        Admissions seats = new Admissions(1, Map.of());
        assertThat(seats.admit(MAIN)).isEmpty();
        assertThat(seats.admit(MAIN)).isPresent();

        seats.release(MAIN);

        assertThat(seats.admit(MAIN)).isEmpty();
        assertThat(seats.admitted()).isEqualTo(1);
    }

    @Test
    void aLineLimitAboveTheTotalIsRefused() {
        assertThatThrownBy(() -> new Admissions(10, Map.of(MAIN, 11)))
                .hasMessageContaining("admission limit of line main");
    }
}
