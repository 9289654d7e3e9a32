package org.govcc.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.schedule.ClosureReason;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.api.schedule.ServiceStatus;
import org.govcc.api.call.CallId;
import org.govcc.api.call.Language;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.CallSignal;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.control.TransferFailure;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.api.event.CallCentreListener;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.TopicId;
import org.govcc.ivr.testkit.FakeCallControl;
import org.govcc.ivr.testkit.FakeSchedule;
import org.govcc.ivr.testkit.MutableClock;
import org.govcc.ivr.testkit.SimulatedCaller;
import org.govcc.ivr.testkit.TestFlows;
import org.junit.jupiter.api.Test;

class IvrInterpreterTest {

    /** Tuesday 14 April 2026, 10:00 in Athens. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-04-14T07:00:00Z");

    private final MutableClock clock = new MutableClock(TUESDAY_MORNING);
    private final IvrInterpreter ivr = IvrInterpreter.builder()
            .flows(TestFlows.demo())
            .schedule(new FakeSchedule("line").holiday(LocalDate.of(2026, 4, 13), "Easter Monday"))
            .clock(clock)
            .canDialOut(true)
            .build();

    private SimulatedCaller caller() {
        return SimulatedCaller.withNumber(ivr, clock);
    }

    @Test
    void greetsAndOffersEnglishThenQueuesTheChosenTopicWithTheGatheredVariables() {
        SimulatedCaller c = caller().dials("demo");
        assertThat(c.heardSinceLastAsked()).containsExactly("welcome", "for-english");

        c.staysSilent().listens().presses("4").listens();

        IvrOutcome.Queue q = (IvrOutcome.Queue) c.outcome().orElseThrow();
        assertThat(q.topic()).isEqualTo(new TopicId("pensions"));
        assertThat(q.priority()).contains(Priority.of(60));
        assertThat(q.variables().values()).containsEntry("language", "el").containsEntry("marked", "yes")
                .containsEntry("topic", "pensions").containsEntry("schedule.status", "open");
        assertThat(ivr.activeSessions()).isZero();
    }

    @Test
    void queuesOnlyAfterTheConnectingPromptHasBeenHeard() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("4");
        assertThat(c.outcome()).isEmpty();
        assertThat(c.heard()).endsWith("connecting");

        c.listens();

        assertThat(c.outcome()).containsInstanceOf(IvrOutcome.Queue.class);
    }

    @Test
    void switchesToEnglishAndTellsTheListener() {
        SimulatedCaller c = caller().dials("demo").presses("9");

        assertThat(c.session().language()).isEqualTo(Language.ENGLISH);
        assertThat(c.languageChanges).containsExactly(Language.ENGLISH);
        assertThat(c.session().variables().get("language")).contains("en");
        assertThat(c.session().currentNode().value()).isEqualTo("notice");
    }

    @Test
    void retriesAWrongKeyWithTheInvalidPromptThenAcceptsAGoodOne() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens();
        c.heardSinceLastAsked();

        c.presses("7");
        assertThat(c.heardSinceLastAsked()).containsExactly("invalid", "menu");

        c.listens().presses("4").listens();
        assertThat(c.outcome()).containsInstanceOf(IvrOutcome.Queue.class);
    }

    @Test
    void silenceIsRetriedThenRoutedToTheFallbackWhichEndsTheCall() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens();
        c.heardSinceLastAsked();

        c.staysSilent();
        assertThat(c.heardSinceLastAsked()).containsExactly("no-input", "menu");
        c.staysSilent().staysSilent().listensToTheEnd();

        assertThat(c.control.hungUp).contains(HangUpReason.NO_INPUT);
        IvrOutcome.Ended ended = (IvrOutcome.Ended) c.outcome().orElseThrow();
        assertThat(ended.reason()).contains("no input");
    }

    @Test
    void aKeyDuringABargeInPromptIsKeptForTheMenu() {
        SimulatedCaller c = caller().dials("demo").staysSilent();
        assertThat(c.session().currentNode().value()).isEqualTo("notice");

        c.presses("4").listens();

        assertThat(c.outcome()).containsInstanceOf(IvrOutcome.Queue.class);
        assertThat(c.heard()).doesNotContain("menu");
    }

    @Test
    void collectsAValidAmkaInASubFlowAndReturns() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("1");
        assertThat(c.session().currentFlow()).isEqualTo(new FlowId("amka"));

        c.listens().presses(TestFlows.VALID_AMKA).listensToTheEnd();

        IvrOutcome.Queue q = (IvrOutcome.Queue) c.outcome().orElseThrow();
        assertThat(q.variables().values()).containsEntry("amka", TestFlows.VALID_AMKA)
                .containsEntry("amka.status", "valid");
    }

    @Test
    void refusesAnAmkaWithAWrongCheckDigitThenGoesOnWithoutIt() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("1").listens();
        c.heardSinceLastAsked();

        c.presses("01018012343");
        assertThat(c.heardSinceLastAsked()).containsExactly("amka-invalid", "amka-ask");
        c.listens().presses("12345#").listensToTheEnd();

        IvrOutcome.Queue q = (IvrOutcome.Queue) c.outcome().orElseThrow();
        assertThat(q.variables().get("amka")).isEmpty();
        assertThat(q.variables().get("amka.status")).contains("invalid");
    }

    @Test
    void theTerminatorAloneSkipsTheOptionalEntry() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("1").presses("#").listensToTheEnd();

        assertThat(c.outcome().orElseThrow().variables().get("amka.status")).contains("skipped");
    }

    @Test
    void anEntryEndsAfterTheInterDigitTimeOut() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("1").listens();
        c.presses("0101801234");
        assertThat(c.control.timer).isPresent();

        c.staysSilent(); // ten digits are too few for an AMKA: retried once, then left without it
        c.listens().staysSilent().listensToTheEnd();

        assertThat(c.outcome().orElseThrow().variables().get("amka.status")).contains("none");
    }

    @Test
    void offersACallbackToACallerWithANumberAndEndsTheCall() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("2").listens();

        IvrOutcome.Callback cb = (IvrOutcome.Callback) c.outcome().orElseThrow();
        assertThat(cb.topic()).isEqualTo(new TopicId("pensions"));
        assertThat(cb.number()).isEmpty();
        assertThat(c.control.hungUp).contains(HangUpReason.NORMAL);
    }

    @Test
    void anAnonymousCallerCannotBeCalledBackAndIsToldSo() {
        SimulatedCaller c = SimulatedCaller.anonymous(ivr, clock).dials("demo").staysSilent().listens().presses("2");

        assertThat(c.heard()).endsWith("callback-no-number");
        assertThat(c.session().variables().get("callback.unavailable")).contains("no-number");
        c.listens();
        assertThat(c.outcome()).containsInstanceOf(IvrOutcome.Ended.class);
    }

    @Test
    void onALineThatCannotDialOutACallbackIsNeverConfirmedAndTheCallerGoesToIfNoNumber() {
        IvrInterpreter noTrunk = IvrInterpreter.builder().flows(TestFlows.demo()).schedule(new FakeSchedule("line"))
                .clock(clock).build(); // canDialOut left at its default: false
        SimulatedCaller c = SimulatedCaller.withNumber(noTrunk, clock).dials("demo").staysSilent().listens()
                .presses("2");

        assertThat(c.heard()).endsWith("callback-no-number").doesNotContain("callback-ok");
        assertThat(c.session().variables().get("callback.unavailable")).contains("no-trunk");
        c.listens();
        assertThat(c.outcome()).containsInstanceOf(IvrOutcome.Ended.class);
        assertThat(c.outcome().orElseThrow()).isNotInstanceOf(IvrOutcome.Callback.class);
    }

    @Test
    void transfersToAnOutsideNumberAfterSayingSoAndLeavesOnlyWhenTheTransferCompletes() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("3").listens();

        assertThat(c.control.transferredTo).contains(new PhoneNumber("112"));
        assertThat(c.outcome()).as("the caller is still with the IVR while the transfer is made").isEmpty();
        assertThat(c.session().isActive()).isTrue();
        assertThat(c.control.hungUp).isEmpty();

        c.transferCompletes();

        assertThat(((IvrOutcome.Transferred) c.outcome().orElseThrow()).number()).isEqualTo(new PhoneNumber("112"));
        assertThat(ivr.activeSessions()).isZero();
        assertThat(c.control.hungUp).isEmpty();
    }

    @Test
    void aFailedTransferGoesOnAtOnFailureWithTheCallerConnectedAndTheReasonInTheVariables() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("3").listens();
        c.heardSinceLastAsked();

        c.transferFails(TransferFailure.NO_TRUNK);

        assertThat(c.heardSinceLastAsked()).containsExactly("transfer-failed");
        assertThat(c.session().variables().get("transfer.failure")).contains("no_trunk");
        assertThat(c.control.hungUp).isEmpty();
        c.listens().listens();
        IvrOutcome.Queue q = (IvrOutcome.Queue) c.outcome().orElseThrow();
        assertThat(q.variables().get("transfer.failure")).contains("no_trunk");
    }

    @Test
    void whileTheTransferIsMadeKeysAndStrayOutcomesDoNothingAndAHangUpEndsTheSession() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().presses("3");
        // Before the transfer is asked for (its prompt still plays) an outcome is no answer to anything.
        ivr.onSignal(new CallSignal.TransferFailed(c.call.id(), new PhoneNumber("112"), TransferFailure.BUSY,
                clock.instant()));
        assertThat(c.session().currentNode().value()).isEqualTo("out");
        c.listens();
        List<String> before = List.copyOf(c.control.commands);

        c.presses("1");
        assertThat(c.control.commands).isEqualTo(before);
        assertThat(c.outcome()).isEmpty();

        c.hangsUp();
        assertThat(c.outcome()).containsInstanceOf(IvrOutcome.CallerHungUp.class);
        c.transferFails(TransferFailure.BUSY);
        assertThat(c.outcome()).containsInstanceOf(IvrOutcome.CallerHungUp.class);
    }

    @Test
    void outsideHoursAnnouncesTheNextOpeningInTheFlowsTimeZone() {
        clock.set(Instant.parse("2026-04-14T19:30:00Z")); // 22:30 in Athens
        SimulatedCaller c = caller().dials("demo").staysSilent().listens();

        assertThat(c.heard()).containsSubsequence("closed", "dateTime:2026-04-15T08:00");
        c.listensToTheEnd();
        assertThat(c.control.hungUp).contains(HangUpReason.CLOSED);
        assertThat(c.outcome().orElseThrow().variables().get("schedule.status")).contains("closed");
    }

    @Test
    void onAHolidayNamesTheHolidayAndTheNextOpening() {
        clock.set(Instant.parse("2026-04-13T08:00:00Z")); // Easter Monday, 11:00 in Athens
        SimulatedCaller c = caller().dials("demo").staysSilent().listens();

        assertThat(c.heard()).containsSubsequence("holiday", "holiday.easter-monday", "dateTime:2026-04-14T08:00");
        assertThat(c.session().variables().get("schedule.occasion")).contains("Easter Monday");
    }

    @Test
    void aClosureThatIsNotAHolidayTakesTheClosedBranch() {
        ServiceSchedule strike = new ServiceSchedule() {
            @Override
            public String id() {
                return "strike";
            }

            @Override
            public Set<ScheduleId> schedules() {
                return Set.of(new ScheduleId("line"));
            }

            @Override
            public ServiceStatus statusAt(ScheduleId schedule, Instant at) {
                return new ServiceStatus.Closed(ClosureReason.EXTRA_CLOSURE, Optional.of("Strike"),
                        Optional.of(Instant.parse("2026-04-15T05:00:00Z")));
            }
        };
        IvrInterpreter closedIvr = IvrInterpreter.builder().flows(TestFlows.demo()).schedule(strike).clock(clock).build();

        SimulatedCaller c = SimulatedCaller.withNumber(closedIvr, clock).dials("demo").staysSilent().listens();

        assertThat(c.heard()).contains("closed").doesNotContain("holiday");
        assertThat(c.session().variables().get("schedule.reason")).contains("extra_closure");
    }

    @Test
    void aFailingScheduleIsTakenAsOpenSoCallersAreNotTurnedAway() {
        ServiceSchedule broken = new FakeSchedule("line") {
            @Override
            public ServiceStatus statusAt(ScheduleId schedule, Instant at) {
                throw new IllegalStateException("calendar unavailable");
            }
        };
        IvrInterpreter ivrWithBrokenSchedule = IvrInterpreter.builder().flows(TestFlows.demo()).schedule(broken)
                .clock(clock).build();

        SimulatedCaller c = SimulatedCaller.withNumber(ivrWithBrokenSchedule, clock).dials("demo").staysSilent().listens();

        assertThat(c.session().currentNode().value()).isEqualTo("menu");
    }

    @Test
    void aCallerHangingUpAnywhereEndsTheSessionWithTheVariablesSoFar() {
        SimulatedCaller c = caller().dials("demo").presses("9").hangsUp();

        IvrOutcome.CallerHungUp out = (IvrOutcome.CallerHungUp) c.outcome().orElseThrow();
        assertThat(out.variables().get("language")).contains("en");
        assertThat(c.session().isActive()).isFalse();
        c.presses("1"); // ignored after the end
        assertThat(c.outcome()).containsInstanceOf(IvrOutcome.CallerHungUp.class);
    }

    @Test
    void aTimerThatFiresLateAfterAKeyIsNotTakenForSilence() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().listens();
        assertThat(c.control.timer).isPresent();
        c.presses("*"); // repeat the menu: the timer is disarmed
        c.heardSinceLastAsked();

        ivr.onSignal(new CallSignal.TimerFired(c.call.id(), clock.instant()));

        assertThat(c.heardSinceLastAsked()).isEmpty();
        assertThat(c.session().currentNode().value()).isEqualTo("menu");
    }

    @Test
    void aPromptFinishedWithNothingPlayingIsIgnored() {
        SimulatedCaller c = caller().dials("demo").staysSilent().listens().listens();

        ivr.onSignal(new CallSignal.PromptFinished(c.call.id(), clock.instant()));

        assertThat(c.session().currentNode().value()).isEqualTo("menu");
        assertThat(c.control.commands.stream().filter(x -> x.startsWith("armTimer")).count()).isEqualTo(2);
    }

    @Test
    void keysTypedAheadDuringTheWelcomeReachTheMenuAndTheDigitEntry() {
        SimulatedCaller c = caller().dials("demo").presses("1");
        assertThat(c.session().currentFlow()).isEqualTo(new FlowId("amka"));
        c.presses(TestFlows.VALID_AMKA.substring(0, 5));

        assertThat(c.heard()).containsExactly("welcome", "for-english", "amka-ask"); // the menu was skipped: the caller knew it
        c.presses(TestFlows.VALID_AMKA.substring(5)).listensToTheEnd();
        assertThat(c.outcome().orElseThrow().variables().get("amka")).contains(TestFlows.VALID_AMKA);
    }

    @Test
    void publishesIvrFinishedToTheCallCentreListener() {
        List<CallCentreEvent> events = new java.util.ArrayList<>();
        IvrInterpreter withEvents = IvrInterpreter.builder().flows(TestFlows.demo()).schedule(new FakeSchedule("line"))
                .clock(clock).events(new CallCentreListener() {
                    @Override
                    public void onEvent(CallCentreEvent event) {
                        events.add(event);
                    }
                }).build();

        SimulatedCaller c = SimulatedCaller.withNumber(withEvents, clock).dials("demo").hangsUp();

        assertThat(events).singleElement().isInstanceOfSatisfying(CallCentreEvent.IvrFinished.class, e -> {
            assertThat(e.call()).isEqualTo(c.call.id());
            assertThat(e.outcome()).isInstanceOf(IvrOutcome.CallerHungUp.class);
            assertThat(e.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void signalsForUnknownCallsAreIgnored() {
        ivr.onSignal(new CallSignal.DigitPressed(new CallId("nobody"), '1', clock.instant()));
        ivr.onSignal(null);

        assertThat(ivr.activeSessions()).isZero();
    }

    @Test
    void aCallControlThatSignalsFromInsidePlayIsHandledInOrder() {
        FakeCallControl eager = new FakeCallControl() {
            @Override
            public void play(CallId call, List<Announcement> announcements, boolean bargeIn) {
                super.play(call, announcements, bargeIn);
                playing = false;
                ivr.onSignal(new CallSignal.PromptFinished(call, clock.instant()));
            }

            @Override
            public void armTimer(CallId call, Duration delay) {
                super.armTimer(call, delay);
                if (commands.stream().filter(x -> x.startsWith("armTimer")).count() < 20) {
                    ivr.onSignal(new CallSignal.TimerFired(call, clock.instant()));
                }
            }
        };
        SimulatedCaller shape = caller();
        java.util.List<IvrOutcome> outcomes = new java.util.ArrayList<>();

        ivr.start(shape.call, new FlowId("demo"), eager, outcomes::add);

        assertThat(outcomes).singleElement().isInstanceOf(IvrOutcome.Ended.class);
        assertThat(eager.hungUp).contains(HangUpReason.NO_INPUT);
    }

    @Test
    void aFailingCallControlEndsTheCallInsteadOfThrowing() {
        FakeCallControl broken = new FakeCallControl() {
            @Override
            public void armTimer(CallId call, Duration delay) {
                throw new IllegalStateException("media server gone");
            }
        };
        SimulatedCaller shape = caller();
        java.util.List<IvrOutcome> outcomes = new java.util.ArrayList<>();
        IvrSession session = ivr.start(shape.call, new FlowId("demo"), broken, outcomes::add);

        session.onSignal(new CallSignal.PromptFinished(shape.call.id(), clock.instant()));

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(IvrOutcome.Ended.class,
                e -> assertThat(e.reason()).contains("media server gone"));
        assertThat(broken.hungUp).contains(HangUpReason.FAILURE);
        assertThat(ivr.activeSessions()).isZero();
    }

    @Test
    void aCallControlFailingOnTheFirstPromptEndsTheCallWithoutThrowingFromStart() {
        FakeCallControl broken = new FakeCallControl() {
            @Override
            public void play(CallId call, List<Announcement> announcements, boolean bargeIn) {
                throw new IllegalStateException("no media");
            }
        };
        java.util.List<IvrOutcome> outcomes = new java.util.ArrayList<>();

        IvrSession session = ivr.start(caller().call, new FlowId("demo"), broken, outcomes::add);

        assertThat(session.isActive()).isFalse();
        assertThat(outcomes).singleElement().isInstanceOf(IvrOutcome.Ended.class);
        assertThat(ivr.activeSessions()).isZero();
    }

    @Test
    void refusesAnUnknownFlowAndASecondSessionForTheSameCall() {
        SimulatedCaller c = caller();
        assertThatThrownBy(() -> ivr.start(c.call, new FlowId("nope"), c.control, o -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        c.dials("demo");
        assertThatThrownBy(() -> ivr.start(c.call, new FlowId("demo"), c.control, o -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
    }
}
