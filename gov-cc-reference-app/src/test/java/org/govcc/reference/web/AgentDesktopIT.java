package org.govcc.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.reference.testing.OwnServers;
import org.govcc.reference.testing.Staff;
import org.govcc.sip.testing.Eventually;
import org.govcc.sip.testing.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The agent desktop in a real browser against a line of its own whose main line is always open (issue 12's
 * acceptance): an agent signs in, gets ready, takes a citizen's call that came through the ministry's flow (English,
 * a topic, a valid AMKA) on their sipp phone, sees the screen pop, opens a request with a note, wraps up with a code
 * before the time runs out, is ready again and finds the request by AMKA; the call's record holds the talk, the
 * wrap-up and the request, and the citizen's next call pops up with both. On the confidential line the pop shows
 * nothing of the caller, a code is required to end the wrap-up, the break planned during the call follows it, and the
 * complaint officer records a complaint from the call in the complaint form (not a request). The
 * state buttons work by keyboard alone in both languages, and an ended session says to sign in again. axe-core checks
 * every state the tests pass through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnServers
class AgentDesktopIT {

    private static final Duration THROUGH_THE_IVR = Duration.ofSeconds(90);
    /** How long the agent's phone talks: enough for the test to open a request during the call. */
    private static final Duration TALK = Duration.ofSeconds(35);

    private DesktopLine line;
    private Browser browser;
    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @BeforeAll
    void startLine() {
        line = DesktopLine.start();
    }

    @AfterAll
    void stopLine() {
        if (line != null) {
            line.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        problems.clear();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        line.stopPeers();
    }

    @Test
    void anAgentTakesACitizensCallOpensARequestWrapsUpEarlyAndFindsTheRequestByAmka() throws Exception {
        line.phone("agent01", TALK);
        openDesktopAs("agent01");
        awaitState("LOGGED_OUT");
        check("el: signed out of the line");

        browser.visible(By.id("sign-in")).click();
        awaitState("ON_BREAK");
        browser.visible(By.id("ready")).click();
        awaitState("AVAILABLE");
        assertThat(browser.visible(By.id("state")).getText()).isEqualTo("Διαθέσιμος/η για κλήσεις");
        assertThat(browser.visible(By.id("phone")).getText()).isEqualTo("Συνδεδεμένο");
        check("el: ready (idle)");

        line.citizen();
        String call = browser.until("the screen pop", THROUGH_THE_IVR, d -> nonEmpty(popValue("call")));
        assertThat(popValue("topic")).isEqualTo("Ασφάλιση και συντάξεις");
        assertThat(popValue("body")).isEqualTo("e-ΕΦΚΑ");
        assertThat(popValue("language")).isEqualTo("Αγγλικά");
        assertThat(popValue("identifiers")).isEqualTo("ΑΜΚΑ " + DesktopLine.CITIZEN_AMKA + " (έγκυρος)");
        assertThat(popValue("callback")).isEqualTo("Όχι");
        assertThat(popValue("callerNumber")).startsWith("30690000");
        assertThat(popValue("openRequests")).as("none yet").isEqualTo("Κανένα");
        assertThat(browser.all(By.id("pop-confidential")).get(0).isDisplayed()).isFalse();
        assertThat(browser.focused().getAttribute("id")).as("the focus goes to the call").isEqualTo("call-heading");
        String announced = browser.until("the announcement", d -> nonEmpty((String) browser.script(
                "return document.getElementById('desk-announce').textContent")));
        assertThat(announced).isEqualTo("Νέα κλήση: Ασφάλιση και συντάξεις, Αγγλικά.");
        awaitState("TALKING");
        check("el: on a call, with the screen pop");
        browser.screenshot("desktop-screen-pop-el");

        // The request, during the call: topic and AMKA come from the pop.
        assertThat(new Select(browser.visible(By.id("request-topic"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("insurance-pensions");
        assertThat(browser.visible(By.id("request-amka")).getAttribute("value")).isEqualTo(DesktopLine.CITIZEN_AMKA);
        assertThat(browser.visible(By.id("request-call")).getText()).contains(call);
        browser.type(By.id("request-subject"), "Pension application: where it stands");
        browser.type(By.id("request-note"), "Applied in March; asks when the decision is due.");
        browser.visible(By.id("request-submit")).click();
        Matcher created = Pattern.compile("Αριθμός αιτήματος (.+), προθεσμία (.+)\\.").matcher(
                browser.textContaining(By.id("request-created-text"), "Αριθμός αιτήματος"));
        assertThat(created.matches()).isTrue();
        String reference = created.group(1);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("request-created");
        check("el: on a call, request opened");

        // The phone hangs up: after-call work, with its countdown and the focus on the code.
        awaitState("WRAP_UP", TALK.plusSeconds(30));
        assertThat(browser.focused().getAttribute("id")).as("the focus goes to the wrap-up code")
                .isEqualTo("wrap-up-code");
        String left = browser.visible(By.id("wrap-up-remaining")).getText();
        assertThat(left).matches("[01]:\\d\\d");
        browser.until("the countdown to tick", d -> left.equals(d.findElement(By.id("wrap-up-remaining")).getText())
                ? null : Boolean.TRUE);
        assertThat(browser.visible(By.id("wrap-up-default")).getText())
                .isEqualTo("Αν τελειώσει ο χρόνος, καταγράφεται «Δόθηκε πληροφόρηση».");
        assertThat(browser.visible(By.id("wrap-up-required")).getText()).isEqualTo("(υποχρεωτικό)");
        check("el: wrap-up");
        browser.screenshot("desktop-wrap-up-el");

        new Select(browser.focused()).selectByValue("case-opened");
        browser.visible(By.id("end-wrap-up")).click();
        awaitState("AVAILABLE");
        assertThat(browser.all(By.id("wrap-up")).get(0).isDisplayed()).isFalse();

        browser.type(By.id("search-amka"), DesktopLine.CITIZEN_AMKA);
        browser.visible(By.id("search-submit")).click();
        browser.textContaining(By.id("search-summary"), "Αιτήματα του φορέα σας: 1.");
        assertThat(browser.texts(By.cssSelector("#search-results th"))).containsExactly(reference);
        assertThat(browser.texts(By.cssSelector("#search-results td")).subList(0, 3)).containsExactly(
                "Ασφάλιση και συντάξεις", "Pension application: where it stands", "Νέο");
        assertThat(browser.texts(By.cssSelector("#search-results [data-field='due']")).get(0))
                .isEqualTo(created.group(2));
        check("el: ready again, request found");

        // The same desktop in English: the last call's pop and the request found.
        browser.visible(By.id("language-switch")).click();
        browser.waitForLanguage("en");
        assertThat(popValue("topic")).isEqualTo("Insurance and pensions");
        assertThat(popValue("language")).isEqualTo("English");
        assertThat(popValue("identifiers")).isEqualTo("AMKA " + DesktopLine.CITIZEN_AMKA + " (valid)");
        assertThat(browser.visible(By.id("state")).getText()).isEqualTo("Ready for calls");
        assertThat(browser.texts(By.cssSelector("#search-results [data-field='status']"))).containsExactly("New");
        check("en: ready again, last call and request found");
        browser.screenshot("desktop-last-call-en");

        JsonNode[] record = new JsonNode[1];
        assertThat(Eventually.holds(() -> {
            record[0] = line.json("api/calls/" + call, Staff.SUPERVISOR);
            return "case-opened".equals(record[0].path("wrapUpCode").asText());
        }, Duration.ofSeconds(15))).as("call record %s", record[0]).isTrue();
        assertThat(record[0].get("agent").asText()).isEqualTo("agent01");
        assertThat(record[0].get("talkMs").asLong()).isBetween(TALK.toMillis() - 5_000, TALK.toMillis() + 10_000);
        assertThat(record[0].get("wrapUpMs").asLong()).isBetween(1L, 60_000L);
        JsonNode opened = line.json("api/requests?amka=" + DesktopLine.CITIZEN_AMKA, "agent01").get("requests").get(0);
        assertThat(opened.get("reference").asText()).isEqualTo(reference);
        assertThat(opened.get("call").asText()).isEqualTo(call);
        assertThat(record[0].get("request").asText()).as("the request in the call's record")
                .isEqualTo(opened.get("id").asText());

        // The citizen calls again: the pop shows the first call and the request still open.
        line.phone("agent01", Duration.ofSeconds(5));
        line.citizen();
        browser.until("the second call's pop", THROUGH_THE_IVR, d -> call.equals(popValue("call")) ? null
                : nonEmpty(popValue("call")));
        assertThat(popValue("openRequests")).startsWith(reference + ": Insurance and pensions, New, due ");
        assertThat(popValue("earlierCalls")).endsWith(": queue insurance-pensions, agent agent01, outcome case-opened");
        check("en: a second call, with the earlier call and the open request");
        browser.screenshot("desktop-second-call-en");
        assertThat(problems).allSatisfy((state, found) -> assertThat(found).as(state).isEmpty());
    }

    @Test
    void onTheConfidentialLineThePopShowsNothingOfTheCallerAndTheBreakPlannedForAfterTheCallFollowsIt()
            throws Exception {
        line.phone("agent13", Duration.ofSeconds(10));
        openDesktopAs("agent13");
        awaitState("LOGGED_OUT");
        browser.visible(By.id("sign-in")).click();
        awaitState("ON_BREAK");
        browser.visible(By.id("ready")).click();
        awaitState("AVAILABLE");

        line.complainant();
        browser.until("the screen pop", THROUGH_THE_IVR, d -> nonEmpty(popValue("call")));
        assertThat(browser.visible(By.id("pop-confidential")).getText())
                .endsWith("Εμπιστευτική γραμμή: δεν εμφανίζεται κανένα στοιχείο του καλούντος.");
        assertThat(popValue("topic")).isEqualTo("Καταγγελίες σεξουαλικής παρενόχλησης, κακοποίησης και βίας εξουσίας");
        // Read in one script: the answer (about 200 ms after the offer) redraws the pop, which would leave elements
        // found before it stale.
        @SuppressWarnings("unchecked")
        List<Object> fields = (List<Object>) browser.script("return [...document.querySelectorAll("
                + "'#pop-details [data-field]')].map(row => row.dataset.field)");
        assertThat(fields).containsExactly("call", "topic", "body", "language", "waited", "callback");
        awaitState("TALKING");
        check("el: a call on the confidential line");
        browser.screenshot("desktop-confidential-el");

        // The transfer offers the complaint officers (both pools) and their queue only; agent14 is not signed in, so
        // it is refused.
        Select transfer = new Select(browser.visible(By.id("transfer")));
        assertThat(transfer.getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactly("topic:harassment-complaints", "agent:agent14", "agent:agent15", "agent:agent16");
        transfer.selectByValue("agent:agent14");
        browser.visible(By.id("transfer-now")).click();
        assertThat(browser.textContaining(By.id("desk-error-detail"), "cannot transfer")).contains("cannot transfer");
        assertThat(browser.console()).as("only the refused transfer")
                .allSatisfy(entry -> assertThat(entry).contains("api/agent/transfer").contains("409"));
        awaitState("TALKING");

        // The callback at a safe time: refused without the caller's consent, then for this line without a trunk
        // (TrunkLineIT makes one over a trunk).
        assertThat(browser.visible(By.id("safe-callback-heading")).getText()).isEqualTo("Επανάκληση σε ασφαλή ώρα");
        String soon = LocalDateTime.now(ZoneId.of("Europe/Athens")).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        browser.script("document.getElementById('safe-callback-from').value = arguments[0];"
                + "document.getElementById('safe-callback-until').value = arguments[1];", soon,
                LocalDateTime.parse(soon).plusHours(1).toString());
        browser.visible(By.id("safe-callback-submit")).click();
        assertThat(browser.textContaining(By.id("desk-error-detail"), "consent")).contains("consent must be true");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("safe-callback-consent");
        browser.press(Keys.SPACE);
        browser.visible(By.id("safe-callback-submit")).click();
        assertThat(browser.textContaining(By.id("desk-error-detail"), "trunk")).contains("no outbound trunk");
        assertThat(browser.console()).as("only the two refusals").isNotEmpty().allSatisfy(entry -> assertThat(entry).contains("api/complaints/callbacks"));
        check("el: a callback at a safe time refused");
        browser.screenshot("desktop-safe-callback-el");

        new Select(browser.visible(By.id("next"))).selectByValue("reason:meal");
        browser.visible(By.id("set-next")).click();
        assertThat(browser.textContaining(By.id("next-planned"), "Γεύμα")).isEqualTo("Μη διαθέσιμος/η: Γεύμα");

        awaitState("WRAP_UP", Duration.ofSeconds(40));
        browser.visible(By.id("end-wrap-up")).click(); // no code, on a queue that requires one
        assertThat(browser.textContaining(By.id("desk-error-detail"), "required")).contains("harassment-complaints");
        assertThat(browser.visible(By.id("desk-error")).getAttribute("role")).isEqualTo("alert");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("wrap-up-code");
        assertThat(browser.console()).as("only the refused request")
                .allSatisfy(entry -> assertThat(entry).contains("api/agent/wrap-up").contains("422"));
        check("el: wrap-up refused without a code");

        new Select(browser.focused()).selectByValue("complaint-recorded");
        browser.visible(By.id("end-wrap-up")).click();
        awaitState("ON_BREAK");
        assertThat(browser.visible(By.id("state")).getText()).isEqualTo("Μη διαθέσιμος/η — Γεύμα");
        assertThat(browser.all(By.id("desk-error")).get(0).isDisplayed()).as("the refusal is cleared").isFalse();

        // The complaint officer records the complaint from the call's pop: the complaint form, not a request.
        String call = popValue("call");
        assertThat(browser.all(By.id("request-form")).get(0).isDisplayed()).isFalse();
        assertThat(browser.visible(By.id("request-confidential")).getText()).contains("καταγγελία");
        assertThat(browser.visible(By.id("complaint-call")).getText()).contains(call).contains("δεν καταγράφεται");
        new Select(browser.visible(By.id("complaint-category"))).selectByValue("SEXUAL_HARASSMENT");
        browser.type(By.id("complaint-workplace"), "Ξενοδοχείο Ήλιος, Ρόδος");
        browser.type(By.id("complaint-narrative"), "Ο σεφ της κουζίνας την παρενοχλεί από τον Ιούνιο.");
        new Select(browser.visible(By.id("complaint-referral-LABOUR_INSPECTORATE"))).selectByValue("PLANNED");
        browser.type(By.id("complaint-note"), "Θα ξανακαλέσει την Παρασκευή.");
        browser.visible(By.id("complaint-submit")).sendKeys(Keys.ENTER);
        String saved = browser.textContaining(By.id("complaint-saved-text"), "Καταγγελία K");
        assertThat(saved).matches("Καταγγελία K\\d+: παραπέμφθηκε\\.");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("complaint-saved");
        assertThat(browser.texts(By.cssSelector("#complaint-notes li"))).singleElement().satisfies(note ->
                assertThat(note).endsWith("agent13: Θα ξανακαλέσει την Παρασκευή."));
        assertThat(browser.visible(By.id("complaint-submit")).getText()).isEqualTo("Αποθήκευση αλλαγών");
        check("el: a complaint recorded from the call");
        browser.screenshot("desktop-complaint-el");
        JsonNode complaint = line.json("api/complaints/" + saved.replaceAll(".*(K\\d+).*", "$1"), "agent13");
        assertThat(complaint.get("call").asText()).isEqualTo(call);
        assertThat(complaint.get("workplace").asText()).isEqualTo("Ξενοδοχείο Ήλιος, Ρόδος");
        assertThat(complaint.get("referrals").get(0).get("status").asText()).isEqualTo("PLANNED");

        browser.visible(By.id("language-switch")).click();
        browser.waitForLanguage("en");
        assertThat(browser.visible(By.id("complaint-saved-text")).getText()).matches("Complaint K\\d+: referred\\.");
        assertThat(new Select(browser.visible(By.id("complaint-category"))).getFirstSelectedOption().getText())
                .isEqualTo("Sexual harassment");
        check("en: the complaint recorded");
        assertThat(problems).allSatisfy((state, found) -> assertThat(found).as(state).isEmpty());
    }

    @Test
    void theStateButtonsWorkByKeyboardAloneInBothLanguagesAndAnEndedSessionSaysToSignInAgain() throws Exception {
        line.register("agent03", Ports.free()); // registered; no call comes in this test
        openDesktopAs("agent03");
        awaitState("LOGGED_OUT");

        WebElement signIn = browser.visible(By.id("sign-in"));
        String unfocused = focusStyle(signIn);
        browser.tabTo(By.id("sign-in"), 10);
        assertThat(focusStyle(signIn)).as("the button shows it has the focus").isNotEqualTo(unfocused);
        browser.press(Keys.ENTER);
        awaitState("ON_BREAK");
        assertThat(browser.focused().getAttribute("id")).as("the used button is gone: the panel's heading")
                .isEqualTo("state-heading");

        browser.tabTo(By.id("ready"), 3);
        browser.press(Keys.ENTER);
        awaitState("AVAILABLE");
        browser.tabTo(By.id("reason"), 3);
        browser.press(Keys.ARROW_DOWN); // the second reason: meal
        browser.tabTo(By.id("not-ready"), 2);
        browser.press(Keys.ENTER);
        awaitState("ON_BREAK");
        assertThat(browser.visible(By.id("state")).getText()).isEqualTo("Μη διαθέσιμος/η — Γεύμα");
        check("el: not ready");

        backTo(By.id("language-switch"), 12);
        browser.press(Keys.ENTER);
        browser.waitForLanguage("en");
        assertThat(browser.visible(By.id("state")).getText()).isEqualTo("Not ready — Meal");
        browser.tabTo(By.id("ready"), 12);
        browser.press(Keys.ENTER);
        awaitState("AVAILABLE");
        assertThat(browser.visible(By.id("state")).getText()).isEqualTo("Ready for calls");
        browser.tabTo(By.id("line-sign-out"), 6);
        browser.press(Keys.ENTER);
        awaitState("LOGGED_OUT");
        assertThat(browser.visible(By.id("state")).getText()).isEqualTo("Signed out of the line");
        check("en: signed out of the line");
        browser.screenshot("desktop-keyboard-en");

        browser.deleteCookies();
        browser.tabTo(By.id("sign-in"), 6);
        browser.press(Keys.ENTER);
        WebElement ended = browser.visible(By.id("desk-signed-out"));
        assertThat(ended.getText()).isEqualTo("Your session has ended. Sign in again");
        assertThat(ended.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.visible(By.id("sign-in-again")).getAttribute("href")).endsWith("/desktop.html");
        assertThat(browser.focused()).isEqualTo(ended);
        assertThat(browser.console()).as("only the refused request, no script error")
                .allSatisfy(entry -> assertThat(entry).contains("api/agent/sign-in").contains("401"));
        assertThat(problems).allSatisfy((state, found) -> assertThat(found).as(state).isEmpty());
    }

    /** Opens the desktop, which shows the sign-in form, and signs in as {@code agent}. */
    private void openDesktopAs(String agent) {
        Staff staff = line.staff(agent);
        browser.open(line.baseUrl() + "desktop.html");
        check("el: the sign-in form the desktop opens");
        browser.signIn(staff.user(), staff.password());
        browser.visible(By.id("state-heading"));
    }

    private void awaitState(String state) {
        awaitState(state, Duration.ofSeconds(15));
    }

    private void awaitState(String state, Duration wait) {
        browser.until("the desktop to show " + state, wait,
                d -> state.equals(d.findElement(By.id("state")).getAttribute("data-state")) ? Boolean.TRUE : null);
    }

    /** Records what axe-core and the console find on the page as it is now, under {@code when}. */
    private void check(String when) {
        List<String> found = new ArrayList<>();
        browser.axeViolations().forEach(v -> found.add(v.id() + " (" + v.impact() + "): " + v.help() + " "
                + v.targets()));
        found.addAll(browser.console());
        problems.put(when, found);
    }

    /** Presses Shift+Tab until {@code by} has the focus, at most {@code max} times. */
    private void backTo(By by, int max) {
        WebElement target = browser.visible(by);
        for (int i = 0; i < max; i++) {
            browser.press(Keys.chord(Keys.SHIFT, Keys.TAB));
            if (target.equals(browser.focused())) {
                return;
            }
        }
        throw new AssertionError(by + " not reached with " + max + " presses of Shift+Tab");
    }

    private String focusStyle(WebElement element) {
        return element.getCssValue("outline-style") + " " + element.getCssValue("box-shadow") + " "
                + element.getCssValue("background-color");
    }

    /** The pop's row {@code field} as the page shows it; read in one script, since every state change redraws it. */
    private String popValue(String field) {
        return (String) browser.script("const dd = document.querySelector(arguments[0]);"
                + " return dd ? dd.innerText.trim() : '';", "#pop-details [data-field='" + field + "'] dd");
    }

    private static String nonEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
