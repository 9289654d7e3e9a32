package org.govcc.api.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govcc.api.call.LineId;
import org.govcc.api.routing.TopicId;
import org.junit.jupiter.api.Test;

/** Due dates in calendar days and when a request counts as late ({@link ResolutionTime}, {@link CitizenCase}). */
class DueDateTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    /** 23:30 on 27 November in Athens (UTC+2): already the 27th there, the 27th in UTC too. */
    private static final Instant OPENED = Instant.parse("2026-11-27T21:30:00Z");

    @Test
    void aRequestIsDueByTheEndOfItsLastCalendarDayInTheLinesZone() {
        Instant due = new ResolutionTime(20).dueAt(OPENED, ATHENS);

        // Opened on Friday 27 November (Athens), 20 calendar days: due by the end of Thursday 17 December.
        assertThat(due).isEqualTo(Instant.parse("2026-12-17T22:00:00Z"));
    }

    @Test
    void theDayCountsInTheZoneNotInUtc() {
        Instant afterMidnightInAthens = Instant.parse("2026-11-27T22:30:00Z"); // 00:30 on the 28th in Athens

        assertThat(new ResolutionTime(1).dueAt(afterMidnightInAthens, ATHENS))
                .isEqualTo(Instant.parse("2026-11-29T22:00:00Z"));
    }

    @Test
    void summerTimeDoesNotMoveTheDueMidnight() {
        Instant opened = Instant.parse("2026-03-20T10:00:00Z"); // clocks go forward on 29 March

        assertThat(new ResolutionTime(10).dueAt(opened, ATHENS).atZone(ATHENS).toLocalTime())
                .hasToString("00:00");
    }

    @Test
    void refusesNoDaysOrMoreThanTenYears() {
        assertThatThrownBy(() -> new ResolutionTime(0)).hasMessageContaining("calendarDays");
        assertThatThrownBy(() -> new ResolutionTime(3651)).hasMessageContaining("calendarDays");
    }

    @Test
    void anOpenRequestIsBreachedFromItsDueInstantOn() {
        CitizenCase open = withHistory(CaseStatus.IN_PROGRESS);
        Instant due = open.dueAt();

        assertThat(open.breachedAt(due.minusSeconds(1))).isFalse();
        assertThat(open.breachedAt(due)).isTrue();
    }

    @Test
    void aRequestResolvedInTimeStaysOnTimeAndOneResolvedLateStaysBreached() {
        Instant due = Instant.parse("2026-12-17T22:00:00Z");
        CitizenCase inTime = withHistory(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED);
        CitizenCase late = withHistoryAt(due.plusSeconds(60), CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED);

        assertThat(inTime.doneAt()).isPresent();
        assertThat(inTime.breachedAt(due.plusSeconds(86_400 * 30))).isFalse();
        assertThat(late.breachedAt(due.plusSeconds(86_400 * 30))).isTrue();
    }

    @Test
    void aReopenedRequestRunsAgainstItsFirstDueDate() {
        Instant due = Instant.parse("2026-12-17T22:00:00Z");
        CitizenCase reopened = withHistory(CaseStatus.RESOLVED, CaseStatus.REOPENED);

        assertThat(reopened.doneAt()).isEmpty();
        assertThat(reopened.breachedAt(due)).isTrue();
    }

    private static CitizenCase withHistory(CaseStatus... moves) {
        return withHistoryAt(OPENED.plusSeconds(3600), moves);
    }

    /** A case opened at {@link #OPENED}, 20 days to resolve, whose moves happened at {@code at}. */
    private static CitizenCase withHistoryAt(Instant at, CaseStatus... moves) {
        List<CaseTransition> history = new ArrayList<>();
        history.add(new CaseTransition(Optional.empty(), CaseStatus.NEW, "agent01", "opened", OPENED));
        CaseStatus status = CaseStatus.NEW;
        for (CaseStatus to : moves) {
            history.add(new CaseTransition(Optional.of(status), to, "agent01", "", at));
            status = to;
        }
        return new CitizenCase(new CaseId("C1"), "2026-000001", new LineId("main"), new TopicId("insurance-pensions"),
                Optional.empty(), Optional.empty(), "subject", false, status, List.of(), history, OPENED,
                new ResolutionTime(20).dueAt(OPENED, ATHENS));
    }
}
