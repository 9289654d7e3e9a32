package org.govcc.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
 * The live wallboard in a real browser against a line of its own (main line always open, the complaint-line alert
 * after {@value #COMPLAINT_WAIT_SECONDS} s), issue 13's acceptance: the page shows a citizen's call queued and then
 * answered within 2 s of the line's own figures, without a reload; the complaint-line alert appears when its caller
 * waits beyond the limit and leaves the board when a supervisor acknowledges it by keyboard (audited); a supervisor
 * makes an agent not ready from the page; axe-core finds nothing in every state passed through, in both languages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnServers
class WallboardPageIT {

    /** The ministry's roster: every agent is on the board. */
    private static final int ROSTER = org.govcc.reference.config.MinistryOfLabourLine.configuration().roster().size();

    private static final int COMPLAINT_WAIT_SECONDS = 4;
    private static final Duration THROUGH_THE_IVR = Duration.ofSeconds(90);
    /** The acceptance: the page follows the line within this. */
    private static final Duration LIVE = Duration.ofSeconds(2);

    private DesktopLine line;
    private Browser browser;
    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @BeforeAll
    void startLine() {
        line = DesktopLine.start("wallboard-page", Integer.getInteger("govcc.it.wallboard.portOffset", 660),
                Ports.free(), System.getProperty("govcc.it.wallboard.rtpPorts", "36800-36898"),
                directory -> {
                    Path wallboard = directory.resolve("wallboard.json");
                    String text = Files.readString(wallboard, StandardCharsets.UTF_8);
                    Files.writeString(wallboard, text.replace("\"complaintWaitSeconds\": 60",
                            "\"complaintWaitSeconds\": " + COMPLAINT_WAIT_SECONDS), StandardCharsets.UTF_8);
                });
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
    void thePageShowsACallQueuedAndThenAnsweredWithinTwoSecondsWithoutAReload() throws Exception {
        line.phone("agent01", Duration.ofSeconds(20)); // registered, not signed in: the call waits
        openWallboard();
        check("el: a quiet line");
        browser.script("window.govccNotReloaded = true;");

        line.citizen();
        awaitLine("the citizen's call queued", THROUGH_THE_IVR, q -> q.get("waiting").asInt() == 1);
        browser.until("the page to show the call waiting", LIVE, d -> "1".equals(cell("waiting")) ? Boolean.TRUE
                : null);
        assertThat(cell("offered")).isEqualTo("1");
        check("el: a caller waiting");
        browser.screenshot("wallboard-waiting-el");

        line.signInReady("agent01");
        awaitLine("the call answered", Duration.ofSeconds(20), q -> q.get("answered").asInt() == 1);
        browser.until("the page to show the call answered", LIVE, d -> "1".equals(cell("answered"))
                && "0".equals(cell("waiting")) ? Boolean.TRUE : null);
        browser.until("agent01 talking", LIVE, d -> "TALKING".equals(d.findElement(
                By.cssSelector("#agent-list tr[data-agent='agent01']")).getAttribute("data-status")) ? true : null);
        assertThat(browser.script("return window.govccNotReloaded === true")).as("no reload").isEqualTo(true);
        check("el: the call answered");

        // The supervisor makes agent01 not ready after the call, by keyboard alone.
        browser.tabTo(By.id("action-agent"), 60);
        new Select(browser.focused()).selectByValue("agent01");
        browser.tabTo(By.id("action-kind"), 2);
        new Select(browser.focused()).selectByValue("not-ready");
        browser.tabTo(By.id("action-reason"), 2);
        new Select(browser.focused()).selectByValue("meal");
        browser.tabTo(By.id("action-why"), 4);
        browser.press("lunch cover rota");
        browser.press(Keys.ENTER);
        assertThat(browser.textContaining(By.id("action-result"), "Έγινε")).isEqualTo(
                "Έγινε: agent01 — made not ready (meal, after the call in hand)");

        browser.visible(By.id("language-switch")).click();
        browser.waitForLanguage("en");
        assertThat(browser.texts(By.cssSelector("#queues tr[data-queue='insurance-pensions'] th")))
                .containsExactly("Insurance and pensions");
        check("en: the call answered");
        browser.screenshot("wallboard-answered-en");
        assertThat(problems).allSatisfy((state, found) -> assertThat(found).as(state).isEmpty());
    }

    @Test
    void theComplaintLineAlertAppearsWhenItsCallerWaitsBeyondTheLimitAndLeavesWhenAcknowledged() throws Exception {
        openWallboard();
        assertThat(browser.visible(By.id("no-alerts")).getText()).isEqualTo("Καμία ειδοποίηση.");

        line.complainant(); // no complaint officer is signed in: the caller waits
        WebElement alert = browser.until("the complaint-line alert", THROUGH_THE_IVR, d -> d.findElements(
                By.cssSelector("#alerts li[data-kind='COMPLAINT_CALLER_WAITING']")).stream().findFirst().orElse(null));
        assertThat(alert.getText()).startsWith("Καλών της γραμμής καταγγελιών περιμένει πάνω από "
                + COMPLAINT_WAIT_SECONDS + " δευτερόλεπτα — από τις ");
        assertThat(browser.all(By.id("no-alerts")).get(0).isDisplayed()).isFalse();
        assertThat((String) browser.script("return document.getElementById('alert-announce').textContent"))
                .startsWith("Νέα ειδοποίηση: Καλών της γραμμής καταγγελιών");
        assertThat(alert.getText()).as("nothing of the caller").doesNotContain("3069");
        check("el: the complaint-line alert");
        browser.screenshot("wallboard-complaint-alert-el");

        WebElement acknowledge = browser.tabTo(By.cssSelector(
                "#alerts li[data-kind='COMPLAINT_CALLER_WAITING'] button"), 20);
        assertThat(acknowledge.getAccessibleName()).startsWith("Επιβεβαίωση: Καλών της γραμμής καταγγελιών");
        browser.press(Keys.ENTER);
        browser.until("the alert to leave the board", LIVE, d -> d.findElements(By.cssSelector("#alerts li"))
                .isEmpty() ? Boolean.TRUE : null);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("alerts-heading");
        assertThat(line.json("api/supervision/alerts", Staff.SUPERVISOR)).as("acknowledged, still waiting")
                .isEmpty();
        assertThat(line.json("api/supervision/wallboard", Staff.SUPERVISOR).get("queues").get(6).get("waiting")
                .asInt()).isEqualTo(1);
        JsonNode audit = line.json("api/audit/entries?from=1&size=500", Staff.ADMINISTRATOR);
        assertThat(audit.toString()).contains("supervisor acknowledged COMPLAINT_CALLER_WAITING of harassment-complaints");
        check("el: the alert acknowledged");
        assertThat(problems).allSatisfy((state, found) -> assertThat(found).as(state).isEmpty());
    }

    /** Opens the wallboard, signs in as the supervisor, and waits for the first pushed board. */
    private void openWallboard() {
        Staff supervisor = line.staff(Staff.SUPERVISOR);
        browser.open(line.baseUrl() + "wallboard.html");
        browser.signIn(supervisor.user(), supervisor.password());
        browser.textContaining(By.id("live"), "Ζωντανή ενημέρωση");
        browser.until("the agents",
                d -> d.findElements(By.cssSelector("#agent-list tr")).size() == ROSTER ? true : null);
    }

    /** Polls the line's own figures (the REST board) until insurance-pensions' queue satisfies {@code condition}. */
    private void awaitLine(String what, Duration wait, Predicate<JsonNode> condition) {
        JsonNode[] queue = new JsonNode[1];
        assertThat(Eventually.holds(() -> {
            queue[0] = line.json("api/supervision/wallboard", Staff.SUPERVISOR).get("queues").get(0);
            return condition.test(queue[0]);
        }, wait)).as(what + ": " + queue[0]).isTrue();
    }

    /** The insurance-pensions row's cell {@code field} as the page shows it. */
    private String cell(String field) {
        return (String) browser.script("const td = document.querySelector(arguments[0]);"
                + " return td ? td.textContent : '';", "#queues tr[data-queue='insurance-pensions'] td[data-field='"
                + field + "']");
    }

    /** Records what axe-core and the console find on the page as it is now, under {@code when}. */
    private void check(String when) {
        List<String> found = new ArrayList<>();
        browser.axeViolations().forEach(v -> found.add(v.id() + " (" + v.impact() + "): " + v.help() + " "
                + v.targets()));
        found.addAll(browser.console());
        problems.put(when, found);
    }
}
