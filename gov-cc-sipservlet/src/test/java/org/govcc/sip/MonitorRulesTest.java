package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.govcc.api.control.MonitorMode;
import org.govcc.api.control.MonitorRefusal;
import org.govcc.sip.MonitorRules.ListenFacts;
import org.govcc.sip.MonitorRules.Outcome;
import org.govcc.sip.MonitorRules.Step;
import org.junit.jupiter.api.Test;

class MonitorRulesTest {

    private static final ListenFacts RINGABLE = new ListenFacts(true, true, null, true, true);

    @Test
    void aBridgedCallOnALineThatAllowsItMayBeMonitoredByARegisteredPhone() {
        assertThat(MonitorRules.refuseListen(RINGABLE)).isEmpty();
        assertThat(MonitorRules.refuseListen(new ListenFacts(true, true, MonitorMode.ENDED, true, true)))
                .as("a monitoring that ended leaves room for the next").isEmpty();
    }

    @Test
    void aLineClosedToMonitoringIsRefusedBeforeAnythingElseOfItsCallIsTold() {
        // Not connected, already monitored, phone unregistered: the answer is still only "not allowed".
        assertThat(MonitorRules.refuseListen(new ListenFacts(true, false, MonitorMode.LISTENING, false, false)))
                .contains(MonitorRefusal.NOT_ALLOWED);
        assertThat(MonitorRules.refuseListen(new ListenFacts(true, false, null, true, true)))
                .contains(MonitorRefusal.NOT_ALLOWED);
    }

    @Test
    void eachFactIsJudgedInItsTurn() {
        assertThat(MonitorRules.refuseListen(new ListenFacts(false, false, null, false, false)))
                .contains(MonitorRefusal.UNKNOWN_CALL);
        assertThat(MonitorRules.refuseListen(new ListenFacts(true, true, MonitorMode.RINGING, false, false)))
                .contains(MonitorRefusal.ALREADY_MONITORED);
        assertThat(MonitorRules.refuseListen(new ListenFacts(true, true, MonitorMode.WHISPERING, true, true)))
                .contains(MonitorRefusal.ALREADY_MONITORED);
        assertThat(MonitorRules.refuseListen(new ListenFacts(true, true, null, false, false)))
                .contains(MonitorRefusal.NOT_CONNECTED);
        assertThat(MonitorRules.refuseListen(new ListenFacts(true, true, null, true, false)))
                .contains(MonitorRefusal.PHONE_NOT_REGISTERED);
    }

    @Test
    void aPhoneListensOnceItAnswersThenWhispersAndGoesBackToListening() {
        assertThat(MonitorRules.next(MonitorMode.RINGING, Step.ANSWERED)).isEqualTo(to(MonitorMode.LISTENING));
        assertThat(MonitorRules.next(MonitorMode.LISTENING, Step.WHISPER)).isEqualTo(to(MonitorMode.WHISPERING));
        assertThat(MonitorRules.next(MonitorMode.WHISPERING, Step.LISTEN_ONLY)).isEqualTo(to(MonitorMode.LISTENING));
    }

    @Test
    void askingForTheModeAlreadyInForceIsAcceptedUnchanged() {
        assertThat(MonitorRules.next(MonitorMode.WHISPERING, Step.WHISPER)).isEqualTo(to(MonitorMode.WHISPERING));
        assertThat(MonitorRules.next(MonitorMode.LISTENING, Step.LISTEN_ONLY)).isEqualTo(to(MonitorMode.LISTENING));
    }

    @Test
    void nobodyToWhisperBeforeThePhoneAnswersAndNothingToChangeOnACallNobodyMonitors() {
        assertThat(MonitorRules.next(MonitorMode.RINGING, Step.WHISPER).refusal())
                .isEqualTo(MonitorRefusal.NOT_ANSWERED);
        assertThat(MonitorRules.next(MonitorMode.RINGING, Step.LISTEN_ONLY).refusal())
                .isEqualTo(MonitorRefusal.NOT_ANSWERED);
        for (Step step : new Step[] {Step.WHISPER, Step.LISTEN_ONLY, Step.END}) {
            assertThat(MonitorRules.next(null, step).refusal()).as("%s unmonitored", step)
                    .isEqualTo(MonitorRefusal.NOT_MONITORED);
            assertThat(MonitorRules.next(MonitorMode.ENDED, step).refusal()).as("%s ended", step)
                    .isEqualTo(MonitorRefusal.NOT_MONITORED);
        }
    }

    @Test
    void everyLiveModeEndsAndAnEndedOneEndsOnlyOnce() {
        for (MonitorMode mode : MonitorMode.values()) {
            Outcome end = MonitorRules.next(mode, Step.END);
            if (mode == MonitorMode.ENDED) {
                assertThat(end.allowed()).isFalse();
            } else {
                assertThat(end).as("end from %s", mode).isEqualTo(to(MonitorMode.ENDED));
            }
        }
    }

    @Test
    void aSecondAnswerIsNeitherAMoveNorARefusalButIgnored() {
        for (MonitorMode mode : new MonitorMode[] {MonitorMode.LISTENING, MonitorMode.WHISPERING, MonitorMode.ENDED}) {
            Outcome answered = MonitorRules.next(mode, Step.ANSWERED);
            assertThat(answered.allowed()).as("answered while %s", mode).isFalse();
            assertThat(answered.refusal()).isNull();
        }
    }

    @Test
    void everyModeAndStepHasAnOutcome() {
        for (MonitorMode mode : MonitorMode.values()) {
            for (Step step : Step.values()) {
                Outcome outcome = MonitorRules.next(mode, step);
                assertThat(outcome.next() == null || outcome.refusal() == null).as("%s %s", mode, step).isTrue();
            }
        }
        assertThat(Optional.ofNullable(MonitorRules.next(null, Step.ANSWERED).next())).isEmpty();
    }

    private static Outcome to(MonitorMode mode) {
        return new Outcome(mode, null);
    }
}
