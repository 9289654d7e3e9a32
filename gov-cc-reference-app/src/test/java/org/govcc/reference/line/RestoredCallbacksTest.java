package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.control.IgnoringCallControl;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.reference.persistence.PendingSealedCallback;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.CallbackPolicy;
import org.govcc.routing.DistributorConfig;
import org.govcc.routing.ManualClock;
import org.govcc.routing.ManualScheduler;
import org.govcc.routing.QueueConfig;
import org.junit.jupiter.api.Test;

/** Consented callbacks taken back after a restart: queued again inside their windows, the number still sealed. */
class RestoredCallbacksTest {

    private static final Instant NOW = Instant.parse("2026-12-03T16:00:00Z");
    private static final LineId LINE = new LineId("complaints");
    private static final QueueId QUEUE = new QueueId("harassment-complaints");
    private static final SealedNumber SEALED = new SealedNumber("R1MBAAGsealedNumberToken0123456789");

    /** A call side that dials sealed numbers and remembers which. */
    private static final class Dialler extends IgnoringCallControl {
        final List<SealedNumber> dialled = new ArrayList<>();

        Dialler() {
            super("test");
        }

        @Override
        public boolean dialsSealedNumbers() {
            return true;
        }

        @Override
        public void dialOutSealed(CallId call, LineId line, SealedNumber number, Duration ringTimeout) {
            dialled.add(number);
        }
    }

    private final Dialler control = new Dialler();
    private final ManualClock clock = new ManualClock(NOW);
    private final List<CallCentreEvent> events = new ArrayList<>();
    private final CallDistributor distributor = CallDistributor.builder()
            .config(DistributorConfig.of(Set.of("harassment-complaints"), List.of(QueueConfig.builder(QUEUE)
                    .requires("harassment-complaints", 1).callbacks(CallbackPolicy.allowed(2, Duration.ofMinutes(5)))
                    .build())))
            .clock(clock).scheduler(new ManualScheduler(clock)).callControl(control)
            .listener(new CallCentreListener() {
                @Override
                public void onEvent(CallCentreEvent event) {
                    events.add(event);
                }
            })
            .build();
    private final Map<CallId, String> unrestorable = new LinkedHashMap<>();

    private static PendingSealedCallback pending(String call, QueueId queue, Instant from, Instant until) {
        return new PendingSealedCallback(new CallId(call), LINE, queue, SEALED, new CallbackWindow(from, until),
                Optional.of(Language.ENGLISH), NOW.minus(Duration.ofMinutes(10)));
    }

    @Test
    void aWaitingCallbackIsQueuedAgainAndDialledSealedWhenAnOfficerIsFreeWithoutANewEvent() {
        int restored = RestoredCallbacks.restoreSealed(distributor, List.of(pending("cb-1", QUEUE,
                NOW.minusSeconds(60), NOW.plus(Duration.ofHours(1)))), Language.GREEK, unrestorable::put);

        assertThat(restored).isEqualTo(1);
        assertThat(unrestorable).isEmpty();
        assertThat(events).noneMatch(e -> e instanceof CallCentreEvent.CallbackScheduled);
        AgentId officer = new AgentId("agent13");
        distributor.addAgent(new AgentProfile(officer, "Officer", new OrganisationId("ministry"),
                Map.of(new SkillId("harassment-complaints"), SkillLevel.of(5))));
        distributor.logIn(officer); // available at once
        assertThat(control.dialled).containsExactly(SEALED);
    }

    @Test
    void oneWhoseWindowClosedMeanwhileOrWhoseQueueIsGoneIsClosedSayingWhy() {
        int restored = RestoredCallbacks.restoreSealed(distributor, List.of(
                pending("cb-late", QUEUE, NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1))),
                pending("cb-gone", new QueueId("no-such-queue"), NOW, NOW.plus(Duration.ofHours(1)))),
                Language.GREEK, unrestorable::put);

        assertThat(restored).isZero();
        assertThat(unrestorable.get(new CallId("cb-late"))).contains("window closed");
        assertThat(unrestorable.get(new CallId("cb-gone"))).contains("no-such-queue");
        assertThat(control.dialled).isEmpty();
    }
}
