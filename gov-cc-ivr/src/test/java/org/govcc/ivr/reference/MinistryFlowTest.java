package org.govcc.ivr.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.govcc.api.call.Language;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.HangUpReason;
import org.govcc.api.control.TransferFailure;
import org.govcc.api.ivr.IvrOutcome;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.TopicId;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.IvrInterpreter;
import org.govcc.ivr.flow.Flow;
import org.govcc.ivr.prompt.PromptCatalogue;
import org.govcc.ivr.testkit.FakeCallControl;
import org.govcc.ivr.testkit.MutableClock;
import org.govcc.ivr.testkit.SimulatedCaller;
import org.govcc.ivr.testkit.TestFlows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Simulated callers walk every path of the ministry's flows, as shipped in the reference app, against the real
 * Greek service calendar and the generated prompt catalogue.
 */
class MinistryFlowTest {

    /** Tuesday 14 April 2026, 10:00 in Athens (UTC+3). */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-04-14T07:00:00Z");
    /** Tuesday 14 April 2026, 21:30 in Athens. */
    private static final Instant TUESDAY_EVENING = Instant.parse("2026-04-14T18:30:00Z");
    /** Orthodox Easter Monday, 13 April 2026, 11:00 in Athens. */
    private static final Instant EASTER_MONDAY = Instant.parse("2026-04-13T08:00:00Z");
    /** Sunday 12 April 2026, 03:00 in Athens (Orthodox Easter night). */
    private static final Instant SUNDAY_NIGHT = Instant.parse("2026-04-12T00:00:00Z");

    private static final PromptCatalogue CATALOGUE = MinistryLine.catalogue();
    private static final FlowRepository FLOWS = MinistryLine.flows(CATALOGUE);
    private static final Set<String> VISITED = new TreeSet<>();

    private final MutableClock clock = new MutableClock(TUESDAY_MORNING);
    /** The one request the status lookup knows: reference 2026-000123 of the citizen with the test AMKA. */
    private static final String REFERENCE_DIGITS = "2026000123";

    private final IvrInterpreter ivr = IvrInterpreter.builder().flows(FLOWS).schedule(MinistryLine.calendar())
            .prompts(CATALOGUE).clock(clock).canDialOut(true)
            .lookup("request-status", variables -> variables.get("request.reference").filter(REFERENCE_DIGITS::equals)
                    .flatMap(r -> variables.get("amka")).filter(TestFlows.VALID_AMKA::equals).map(a -> "in-progress"))
            .build();

    private SimulatedCaller dial(String flow) {
        return SimulatedCaller.withNumber(ivr, clock).dials(flow);
    }

    /** Records the nodes the caller passed, and checks that everything said to it has audio in both languages. */
    private static SimulatedCaller done(SimulatedCaller c) {
        VISITED.addAll(c.path);
        for (FakeCallControl.Playback p : c.control.playbacks) {
            for (Announcement a : p.announcements()) {
                for (Language language : List.of(Language.GREEK, Language.ENGLISH)) {
                    assertThat(CATALOGUE.audioFor(language, a)).as("audio of %s in %s", a, language).isNotEmpty();
                }
            }
        }
        return c;
    }

    /** Greeting (no language key), the 112 notice, and the topic menu. */
    private SimulatedCaller toTopicMenu() {
        SimulatedCaller c = dial("ministry-main").staysSilent().listens();
        assertThat(c.session().currentNode().value()).isEqualTo("topics");
        return c;
    }

    @Test
    void theMinistryFlowsValidateWithEveryPromptInBothLanguages() {
        assertThat(FLOWS.ids()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ministry-main", "ministry-complaints", "ministry-amka",
                        "ministry-request-status");
        assertThat(CATALOGUE.languages()).containsExactlyInAnyOrder(Language.GREEK, Language.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void eachTopicKeyQueuesItsTopicAfterTheOptionalAmka(int key) {
        SimulatedCaller c = toTopicMenu().presses(String.valueOf(key)).listens().presses("#").listensToTheEnd();

        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(q.topic()).isEqualTo(MinistryLine.TOPICS.get(key - 1));
        assertThat(q.priority()).as("the queue's own priority applies").isEmpty();
        assertThat(q.variables().values()).containsEntry("language", "el").containsEntry("amka.status", "skipped")
                .containsEntry("schedule.status", "open");
    }

    @Test
    void theWelcomeIsGreekThenTheDangerNoticeThenTheMenu() {
        SimulatedCaller c = toTopicMenu();

        assertThat(c.heard()).containsExactly("welcome", "lang.offer-english", "danger.call-112", "menu.topics",
                "menu.line247", "menu.request-status", "menu.repeat");
        assertThat(MinistryLine.spoken(c.control, CATALOGUE, Language.GREEK))
                .contains("Αν κινδυνεύετε άμεσα, κλείστε και καλέστε το ένα ένα δύο.")
                .contains("For English, press 9."); // the English offer is said in English
        c.hangsUp();
        done(c);
    }

    @Test
    void nineSwitchesToEnglishForTheRestOfTheCall() {
        SimulatedCaller c = dial("ministry-main").presses("9");
        assertThat(c.languageChanges).containsExactly(Language.ENGLISH);
        c.listens().presses("4").listens().presses("#").listensToTheEnd();

        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(q.topic()).isEqualTo(new TopicId("labour-relations"));
        assertThat(q.variables().get("language")).contains("en");
        assertThat(MinistryLine.spoken(c.control, CATALOGUE, Language.ENGLISH))
                .contains("If you are in immediate danger, hang up and call one one two.");
    }

    @Test
    void aWrongKeyIsExplainedAndTheMenuRepeatedThenAGoodKeyWorks() {
        SimulatedCaller c = toTopicMenu();
        c.heardSinceLastAsked();

        c.presses("0");
        assertThat(c.heardSinceLastAsked()).containsExactly("menu.invalid", "menu.topics", "menu.line247",
                "menu.request-status", "menu.repeat");
        c.presses("*");
        assertThat(c.heardSinceLastAsked()).containsExactly("menu.topics", "menu.line247", "menu.request-status",
                "menu.repeat");
        c.presses("1").listens().presses("#").listensToTheEnd();

        assertThat(((IvrOutcome.Queue) done(c).outcome().orElseThrow()).topic())
                .isEqualTo(new TopicId("insurance-pensions"));
    }

    @Test
    void aSilentCallerIsAskedThreeTimesThenToldHowToGetHelpAndTheCallEnds() {
        SimulatedCaller c = toTopicMenu().staysSilent().staysSilent().staysSilent().listensToTheEnd();

        assertThat(c.heard()).containsSubsequence("menu.no-input", "menu.topics", "menu.no-input", "menu.topics",
                "no-input.goodbye");
        assertThat(c.control.hungUp).contains(HangUpReason.NO_INPUT);
        assertThat(done(c).outcome()).containsInstanceOf(IvrOutcome.Ended.class);
    }

    @Test
    void aValidAmkaTravelsWithTheCallToTheAgent() {
        SimulatedCaller c = toTopicMenu().presses("3").listens().presses(TestFlows.VALID_AMKA).listensToTheEnd();

        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(q.variables().values()).containsEntry("amka", TestFlows.VALID_AMKA).containsEntry("amka.status", "valid");
        assertThat(c.heard()).contains("amka.thanks");
    }

    @Test
    void anInvalidAmkaIsAskedOnceMoreThenTheCallGoesOnWithoutIt() {
        SimulatedCaller c = toTopicMenu().presses("2").listens().presses("01018012343");
        assertThat(c.heard()).endsWith("amka.invalid", "amka.ask");
        c.listens().presses("123#").listensToTheEnd();

        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(q.topic()).isEqualTo(new TopicId("employment-training"));
        assertThat(q.variables().get("amka")).isEmpty();
        assertThat(q.variables().get("amka.status")).contains("invalid");
        assertThat(c.heard()).contains("amka.skipped");
    }

    @Test
    void outsideHoursTheNextOpeningIsAnnouncedAndACallbackCanBeRequested() {
        clock.set(TUESDAY_EVENING);
        SimulatedCaller c = dial("ministry-main").staysSilent().listens();

        assertThat(c.heard()).containsSubsequence("closed.now", "closed.next-opening", "dateTime:2026-04-15T08:00");
        assertThat(MinistryLine.spoken(c.control, CATALOGUE, Language.GREEK))
                .contains("Θα είμαστε ξανά στη διάθεσή σας: Τετάρτη δεκαπέντε Απριλίου στις οκτώ");
        c.listens().presses("1").listens().presses("3").listens();

        IvrOutcome.Callback cb = (IvrOutcome.Callback) done(c).outcome().orElseThrow();
        assertThat(cb.topic()).isEqualTo(new TopicId("welfare-benefits"));
        assertThat(c.control.hungUp).contains(HangUpReason.NORMAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void aCallbackCanBeRequestedForEachTopicWhileClosed(int key) {
        clock.set(TUESDAY_EVENING);
        SimulatedCaller c = dial("ministry-main").staysSilent().listens().listens().presses("1")
                .presses(String.valueOf(key)).listens();

        IvrOutcome.Callback cb = (IvrOutcome.Callback) done(c).outcome().orElseThrow();
        assertThat(cb.topic()).isEqualTo(MinistryLine.TOPICS.get(key - 1));
        assertThat(cb.number()).as("the presented number is used").isEmpty();
    }

    @Test
    void theNextOpeningIsSpokenInEnglishToo() {
        clock.set(TUESDAY_EVENING);
        SimulatedCaller c = dial("ministry-main").presses("9").listens().listens();

        assertThat(MinistryLine.spoken(c.control, CATALOGUE, Language.ENGLISH))
                .contains("We will be available again on Wednesday the fifteenth of April at eight A M");
        c.hangsUp();
        done(c);
    }

    @Test
    void onOrthodoxEasterMondayTheHolidayIsNamedAndTheNextOpeningAnnounced() {
        clock.set(EASTER_MONDAY);
        SimulatedCaller c = dial("ministry-main").staysSilent().listens();

        assertThat(c.heard()).containsSubsequence("closed.holiday", "holiday.easter-monday", "closed.next-opening",
                "dateTime:2026-04-14T08:00");
        assertThat(MinistryLine.spoken(c.control, CATALOGUE, Language.GREEK))
                .contains("Σήμερα η γραμμή είναι κλειστή λόγω αργίας: Δευτέρα του Πάσχα Θα είμαστε ξανά στη διάθεσή σας:"
                        + " Τρίτη δεκατέσσερις Απριλίου στις οκτώ");
        c.listens().staysSilent().staysSilent().listensToTheEnd();
        assertThat(c.control.hungUp).contains(HangUpReason.NORMAL);
        assertThat(done(c).outcome()).containsInstanceOf(IvrOutcome.Ended.class);
    }

    @Test
    void anAnonymousCallerAskingForACallbackIsToldWhyItIsNotPossible() {
        clock.set(TUESDAY_EVENING);
        SimulatedCaller c = SimulatedCaller.anonymous(ivr, clock).dials("ministry-main").staysSilent().listens().listens()
                .presses("1").listens().presses("6").listensToTheEnd();

        assertThat(c.heard()).endsWith("callback.no-number");
        assertThat(done(c).outcome()).containsInstanceOf(IvrOutcome.Ended.class);
    }

    @Test
    void withoutAnOutboundTrunkNoCallbackIsConfirmedAndTheCallerIsToldToCallAgain() {
        clock.set(TUESDAY_EVENING);
        IvrInterpreter noTrunk = IvrInterpreter.builder().flows(FLOWS).schedule(MinistryLine.calendar())
                .prompts(CATALOGUE).clock(clock).build();
        SimulatedCaller c = SimulatedCaller.withNumber(noTrunk, clock).dials("ministry-main").staysSilent().listens()
                .listens().presses("1").listens().presses("3").listensToTheEnd();

        assertThat(c.heard()).endsWith("callback.no-trunk").doesNotContain("callback.confirmed");
        assertThat(done(c).outcome()).containsInstanceOf(IvrOutcome.Ended.class);
    }

    @Test
    void silenceAtTheCallbackTopicMenuEndsPolitely() {
        clock.set(TUESDAY_EVENING);
        SimulatedCaller c = dial("ministry-main").staysSilent().listens().listens().presses("1")
                .staysSilent().staysSilent().listensToTheEnd();

        assertThat(c.heard()).endsWith("goodbye");
        assertThat(done(c).outcome()).containsInstanceOf(IvrOutcome.Ended.class);
    }

    @Test
    void theComplaintLineIsOfferedFromTheMenuAndQueuesAtTheHighestPriority() {
        SimulatedCaller c = toTopicMenu().presses("7");
        assertThat(c.heard()).as("no second offer of English").endsWith("menu.repeat", "line247.welcome-options");
        c.listens().presses("1").listensToTheEnd();

        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(q.topic()).isEqualTo(new TopicId("harassment-complaints"));
        assertThat(q.priority()).as("the queue's own priority (100) applies").isEmpty();
        assertThat(q.variables().get("confidential")).contains("true");
        assertThat(q.variables().get("amka")).isEmpty();
    }

    @Test
    void atNightTheMainLineOffersTheComplaintLineWhichAnswers() {
        clock.set(Instant.parse("2026-04-14T20:00:00Z")); // 23:00 in Athens
        SimulatedCaller c = dial("ministry-main").staysSilent().listens().listens().presses("7").listens()
                .presses("1").listensToTheEnd();

        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(q.topic()).isEqualTo(new TopicId("harassment-complaints"));
        assertThat(q.variables().get("schedule.status")).contains("closed");
    }

    @Test
    void theComplaintLinesOwnNumberAnswersAtNightAndASilentCallerIsQueuedAfterOneShortNotice() {
        clock.set(SUNDAY_NIGHT);
        SimulatedCaller c = dial("ministry-complaints");
        assertThat(c.heard()).containsExactly("line247.welcome-options", "lang.offer-english");

        c.staysSilent();

        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(c.heard()).as("nothing more before the queue").containsExactly("line247.welcome-options",
                "lang.offer-english");
        assertThat(q.topic()).isEqualTo(new TopicId("harassment-complaints"));
        assertThat(q.priority()).as("the queue's own priority (100) applies").isEmpty();
        assertThat(q.variables().get("confidential")).contains("true");
    }

    @Test
    void theComplaintLineConnectsACallerInDangerTo112() {
        clock.set(SUNDAY_NIGHT);
        SimulatedCaller c = dial("ministry-complaints").presses("9").listens().presses("0").listens();

        assertThat(c.control.transferredTo).contains(new PhoneNumber("112"));
        assertThat(c.outcome()).as("the caller stays with the IVR until the transfer is made").isEmpty();
        c.transferCompletes();
        IvrOutcome.Transferred t = (IvrOutcome.Transferred) done(c).outcome().orElseThrow();
        assertThat(t.variables().get("language")).contains("en");
    }

    @Test
    void aCallerInDangerWhose112TransferFailsIsToldToDial112AndStaysOnTheLineForASpecialist() {
        clock.set(SUNDAY_NIGHT);
        SimulatedCaller c = dial("ministry-complaints").presses("9").listens().presses("0").listens();
        c.heardSinceLastAsked();

        c.transferFails(TransferFailure.NO_TRUNK);

        assertThat(c.control.hungUp).isEmpty();
        assertThat(c.heardSinceLastAsked()).containsExactly("danger.hang-up-dial-112");
        c.listensToTheEnd();
        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(q.topic()).isEqualTo(new TopicId("harassment-complaints"));
        assertThat(q.priority()).as("the queue's own priority (100) applies").isEmpty();
        assertThat(q.variables().get("transfer.failure")).contains("no_trunk");
        assertThat(c.control.hungUp).isEmpty();
    }

    @Test
    void anyOtherKeyOnTheComplaintLineGoesToASpecialistAtOnceInTheChosenLanguage() {
        SimulatedCaller c = dial("ministry-complaints").presses("9").presses("5");

        IvrOutcome.Queue q = (IvrOutcome.Queue) done(c).outcome().orElseThrow();
        assertThat(c.heard()).doesNotContain("menu.invalid");
        assertThat(q.topic()).isEqualTo(new TopicId("harassment-complaints"));
        assertThat(q.variables().get("language")).contains("en");
    }

    @Test
    void aCallerWhoHangsUpInTheMenuLeavesWithWhatWasGathered() {
        SimulatedCaller c = toTopicMenu().hangsUp();

        assertThat(done(c).outcome()).containsInstanceOf(IvrOutcome.CallerHungUp.class);
        assertThat(ivr.activeSessions()).isZero();
    }

    @Test
    void theStatusCheckTellsTheCitizenTheStatusOfTheirRequestByReferenceAndAmka() {
        SimulatedCaller c = dial("ministry-request-status").listens().presses(REFERENCE_DIGITS).listens()
                .presses(TestFlows.VALID_AMKA).listensToTheEnd();

        assertThat(c.heard()).containsExactly("request.ask-reference", "request.ask-amka",
                "request.status.in-progress");
        assertThat(MinistryLine.spoken(c.control, CATALOGUE, Language.GREEK)).contains("Το αίτημά σας εξετάζεται.");
        done(c);
    }

    @Test
    void aReferenceThatIsNotTheCallersSaysOnlyThatNoneWasFoundAndTheHashKeyAloneEndsTheCheck() {
        SimulatedCaller c = dial("ministry-request-status").listens().presses("2026000124").listens()
                .presses(TestFlows.VALID_AMKA).listensToTheEnd();
        assertThat(c.heard()).endsWith("request.status.none");
        done(c);

        SimulatedCaller skip = dial("ministry-request-status").listens().presses("#").listensToTheEnd();
        assertThat(skip.heard()).containsExactly("request.ask-reference");
        done(skip);
    }

    @Test
    void pressing8InTheMenuTheCitizenHearsTheStatusThenTheMenuAgain() {
        SimulatedCaller c = toTopicMenu().presses("8").listens().presses(REFERENCE_DIGITS).listens()
                .presses(TestFlows.VALID_AMKA).listens();

        assertThat(c.heard()).containsSubsequence("request.ask-reference", "request.ask-amka",
                "request.status.in-progress", "menu.topics");
        assertThat(c.session().currentNode().value()).isEqualTo("topics");
        done(c.hangsUp());
    }

    @Test
    void theStatusCheckIsThereWhenTheLineIsClosed() {
        clock.set(TUESDAY_EVENING);
        SimulatedCaller c = dial("ministry-main").staysSilent().listens().listens().presses("8").listens()
                .presses(REFERENCE_DIGITS).listens().presses(TestFlows.VALID_AMKA).listens();

        assertThat(c.heard()).contains("request.status.in-progress");
        assertThat(c.session().currentNode().value()).isEqualTo("closed-options");
        done(c.hangsUp());
    }

    @AfterAll
    static void everyNodeOfEveryMinistryFlowWasVisitedBySomeCaller() {
        Set<String> all = new TreeSet<>();
        for (var id : FLOWS.ids()) {
            Flow flow = FLOWS.flow(id).orElseThrow();
            flow.nodes().keySet().forEach(n -> all.add(id + "/" + n));
        }
        assertThat(VISITED).as("nodes visited by the simulated callers").containsAll(all);
    }
}
