package org.govcc.reference.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alerts are raised, keep their start, clear themselves, and leave the board when acknowledged. */
class AlertBoardTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private final AlertBoard board = new AlertBoard();
    private final AlertCondition waiting = new AlertCondition(AlertKind.COMPLAINT_CALLER_WAITING,
            "harassment-complaints", T0, 60);
    private final AlertCondition wrapUp = new AlertCondition(AlertKind.LONG_WRAP_UP, "agent01", T0.plusSeconds(5), 180);

    @Test
    void aConditionIsRaisedOnceAndKeepsTheStartFirstSeen() {
        assertThat(board.update(Map.of(waiting.id(), waiting))).isTrue();
        AlertCondition later = new AlertCondition(waiting.kind(), waiting.subject(), T0.plusSeconds(1), 60);

        assertThat(board.update(Map.of(later.id(), later))).as("the same alert").isFalse();
        assertThat(board.shown()).containsExactly(waiting);
    }

    @Test
    void anAlertClearsItselfWhenItsConditionEnds() {
        board.update(Map.of(waiting.id(), waiting, wrapUp.id(), wrapUp));

        assertThat(board.update(Map.of(wrapUp.id(), wrapUp))).isTrue();
        assertThat(board.shown()).containsExactly(wrapUp);
    }

    @Test
    void anAcknowledgedAlertLeavesTheBoardAndItsClearingChangesNothingThereButALaterOccurrenceIsNew() {
        board.update(Map.of(waiting.id(), waiting));

        assertThat(board.acknowledge(waiting.id(), "supervisor", T0.plusSeconds(2))).isPresent();
        assertThat(board.shown()).isEmpty();
        assertThat(board.update(Map.of(waiting.id(), waiting))).as("still holding, still acknowledged").isFalse();
        assertThat(board.shown()).isEmpty();
        assertThat(board.update(Map.of())).as("it cleared while off the board").isFalse();

        assertThat(board.update(Map.of(waiting.id(), waiting))).isTrue();
        assertThat(board.shown()).containsExactly(waiting);
    }

    @Test
    void anAlertThatIsNotRaisedCannotBeAcknowledged() {
        assertThat(board.acknowledge("long-break:agent09", "supervisor", T0)).isEmpty();
    }

    @Test
    void theBoardShowsTheOldestFirst() {
        board.update(Map.of(wrapUp.id(), wrapUp));
        board.update(Map.of(wrapUp.id(), wrapUp, waiting.id(), waiting));

        assertThat(board.shown()).containsExactly(waiting, wrapUp);
    }
}
