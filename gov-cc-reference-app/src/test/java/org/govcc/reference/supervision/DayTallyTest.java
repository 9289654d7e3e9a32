package org.govcc.reference.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.govcc.api.agent.AgentId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.reference.config.ServiceLevelFormula;
import org.govcc.routing.QueueConfig;
import org.junit.jupiter.api.Test;

/** Today's figures from the line's events: per queue, per half-hour, from the line's local midnight. */
class DayTallyTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    /** 09:10 in Athens (UTC+2 in December). */
    private static final Instant MORNING = Instant.parse("2026-12-03T07:10:00Z");
    private static final QueueId PENSIONS = new QueueId("insurance-pensions");

    private final DayTally tally = new DayTally(ATHENS, List.of(QueueConfig.builder("insurance-pensions")
            .requires("insurance-pensions", 1).build()));

    @Test
    void offeredAnsweredAbandonedAndCallbacksAreCountedAndTheServiceLevelFollowsTheFormula() {
        queued("c1", 0);
        answered("c1", 10, 10);
        queued("c2", 20);
        answered("c2", 60, 40);
        queued("c3", 70);
        abandoned("c3", 100, 30);
        queued("c4", 110);
        abandoned("c4", 112, 2); // a short abandon: not counted
        queued("c5", 120);
        tally.onEvent(new CallCentreEvent.CallbackRequested(MORNING.plusSeconds(125), new CallId("c5"), PENSIONS,
                new PhoneNumber("+302101234567")));
        answered("c5", 900, 780); // the callback's connection is no answer

        DayTally.Figures f = tally.queue(PENSIONS, MORNING.plusSeconds(1000));
        assertThat(f).isEqualTo(new DayTally.Figures(5, 2, 1, 1, 0, 1));
        assertThat(f.serviceLevel(ServiceLevelFormula.ABANDONS_AGAINST).getAsDouble()).isEqualTo(1.0 / 3);
        assertThat(f.serviceLevel(ServiceLevelFormula.ABANDONS_EXCLUDED).getAsDouble()).isEqualTo(0.5);
        assertThat(f.counted(ServiceLevelFormula.ABANDONS_AGAINST)).isEqualTo(3);
    }

    @Test
    void theDayIsSplitIntoHalfHoursOfLocalTimeUpToNow() {
        queued("c1", 0); // 09:10
        queued("c2", 30 * 60); // 09:40

        List<DayTally.Figures> slots = tally.intervals(MORNING.plus(Duration.ofMinutes(35)));

        assertThat(slots).hasSize(20); // 00:00 to 09:30
        assertThat(slots.get(18).offered()).isEqualTo(1);
        assertThat(slots.get(19).offered()).isEqualTo(1);
        assertThat(DayTally.start(19)).hasToString("09:30");
    }

    @Test
    void aNewDayStartsFromZeroAndACallInProgressKeepsItsQueue() {
        Instant lateEvening = Instant.parse("2026-12-03T21:50:00Z"); // 23:50 in Athens
        tally.onEvent(new CallCentreEvent.CallQueued(lateEvening, new CallId("c1"), PENSIONS, Priority.NORMAL, 1));
        Instant afterMidnight = lateEvening.plus(Duration.ofMinutes(15));
        tally.onEvent(new CallCentreEvent.CallConnected(afterMidnight, new CallId("c1"), new AgentId("agent01"),
                Duration.ofMinutes(15)));

        assertThat(tally.queue(PENSIONS, afterMidnight)).isEqualTo(new DayTally.Figures(0, 1, 0, 0, 0, 0));
        assertThat(tally.queue(PENSIONS, afterMidnight.plus(Duration.ofDays(1))).answered()).isZero();
    }

    private void queued(String call, long atSecond) {
        tally.onEvent(new CallCentreEvent.CallQueued(MORNING.plusSeconds(atSecond), new CallId(call), PENSIONS,
                Priority.NORMAL, 1));
    }

    private void answered(String call, long atSecond, long waited) {
        tally.onEvent(new CallCentreEvent.CallConnected(MORNING.plusSeconds(atSecond), new CallId(call),
                new AgentId("agent01"), Duration.ofSeconds(waited)));
    }

    private void abandoned(String call, long atSecond, long waited) {
        tally.onEvent(new CallCentreEvent.CallAbandoned(MORNING.plusSeconds(atSecond), new CallId(call), PENSIONS,
                Duration.ofSeconds(waited)));
        tally.onEvent(new CallCentreEvent.CallEnded(MORNING.plusSeconds(atSecond), new CallId(call), "caller hung up"));
    }
}
