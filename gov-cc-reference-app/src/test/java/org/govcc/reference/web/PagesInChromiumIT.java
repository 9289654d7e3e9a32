package org.govcc.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.govcc.reference.testing.WarHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The status page, the supervisors' wallboard and the sign-in page in a real browser against the deployed WAR, under
 * the line's Content-Security-Policy: what they show in Greek and in English, reached by keyboard, and what axe-core
 * finds against WCAG 2.1 AA.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesInChromiumIT {

    /** The WAR the build made, deployed as it is: its own Content-Security-Policy and sign-in apply. */
    @Deployment(testable = false)
    static WebArchive war() {
        return ReferenceWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(); // a fresh profile: no language remembered from another test
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theStatusPageShowsBothLinesInGreekThenInEnglishAfterTheKeyboardSwitch() throws Exception {
        JsonNode lines = new ObjectMapper().readTree(WarHttp.get(base, "api/lines").body());
        browser.open(base.toString());
        browser.textContaining(By.cssSelector("tr[data-line='complaints']"), "15510");

        assertThat(browser.language()).isEqualTo("el");
        assertThat(browser.texts(By.cssSelector("#lines [data-field='number']"))).containsExactly("1555", "15510");
        assertThat(browser.texts(By.cssSelector("#lines th"))).containsExactly(
                lines.get(0).get("names").get("el").asText(), lines.get(1).get("names").get("el").asText());
        assertThat(state("main")).startsWith(lines.get(0).get("open").asBoolean() ? "Ανοιχτή" : "Κλειστή");
        assertThat(state("complaints")).isEqualTo("Ανοιχτή"); // always open
        assertThat(browser.all(By.id("sign-out"))).as("no sign-out on the public page").isEmpty();
        browser.screenshot("status-el");

        browser.tabTo(By.id("language-switch"), 4);
        assertThat(browser.focused().getAttribute("lang")).isEqualTo("en");
        browser.press(Keys.ENTER);
        browser.waitForLanguage("en");

        assertThat(browser.texts(By.cssSelector("#lines th"))).containsExactly(
                "Citizen service line", "Line for complaints of sexual harassment, abuse and violence");
        assertThat(state("main")).startsWith(lines.get(0).get("open").asBoolean() ? "Open" : "Closed");
        assertThat(state("complaints")).isEqualTo("Open");
        assertThat(browser.title()).isEqualTo("Line status — Ministry of Labour");
        assertThat(browser.visible(By.id("language-switch")).getText()).isEqualTo("Ελληνικά");

        // The choice is remembered: the next page opens in English.
        browser.open(base + "signin.html");
        browser.waitForLanguage("en");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndEveryControlShowsItHasTheFocus() {
        browser.open(base + "signin.html");
        WebElement language = browser.visible(By.id("language-switch"));
        String unfocused = language.getCssValue("background-color");

        browser.press(Keys.TAB);
        WebElement skip = browser.focused();
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(skip.isDisplayed()).as("the skip link shows when it has the focus").isTrue();
        assertThat(skip.getText()).isEqualTo("Μετάβαση στο κύριο περιεχόμενο");
        browser.press(Keys.ENTER);
        browser.until("the focus in the main content", d -> "main".equals(browser.focused().getAttribute("id"))
                ? Boolean.TRUE : null);
        browser.press(Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).as("the first field after the skip").isEqualTo("username");

        browser.open(base + "signin.html");
        WebElement focused = browser.tabTo(By.id("language-switch"), 4);
        assertThat(focused.getCssValue("background-color")).as("the switch's focus style").isNotEqualTo(unfocused);
    }

    @Test
    void theWallboardShowsEveryTopicTheTotalAndTheAgentsByStateToASupervisorWhoSignedIn() throws Exception {
        signInAsSupervisor();
        browser.textContaining(By.id("total"), "Σύνολο");

        assertThat(browser.texts(By.cssSelector("#queues th"))).containsExactlyElementsOf(topicNames("el"));
        assertThat(browser.texts(By.cssSelector("#total th"))).containsExactly("Σύνολο");
        assertThat(browser.textContaining(By.id("live"), "Ζωντανή ενημέρωση"))
                .matches("Ζωντανή ενημέρωση — τελευταία \\d\\d:\\d\\d:\\d\\d");
        // One row per agent state the line reports, with its count.
        JsonNode agents = new ObjectMapper().readTree(WarHttp.get(base, "api/wallboard",
                ReferenceServer.staff(Staff.SUPERVISOR)).body()).get("agentsByStatus");
        assertThat(browser.all(By.cssSelector("#agents tr"))).hasSize(agents.size());
        agents.properties().forEach(e -> assertThat(browser.texts(By.cssSelector(
                "#agents tr[data-status='" + e.getKey() + "'] td"))).containsExactly(e.getValue().asText()));
        assertThat(browser.texts(By.cssSelector("#agents th"))).contains("Αποσυνδεδεμένοι");
        assertThat(browser.visible(By.id("sign-out")).getAttribute("href")).endsWith("/signout");

        browser.visible(By.id("language-switch")).click();
        browser.waitForLanguage("en");
        assertThat(browser.texts(By.cssSelector("#queues th"))).containsExactlyElementsOf(topicNames("en"));
        assertThat(browser.texts(By.cssSelector("#total th"))).containsExactly("Total");
        assertThat(browser.texts(By.cssSelector("#agents th"))).contains("Logged out");
        assertThat(Files.size(browser.screenshot("wallboard-en"))).isGreaterThan(5_000);

        browser.visible(By.id("sign-out")).click();
        browser.visible(By.id("username"));
        browser.open(base + "wallboard.html");
        assertThat(browser.visible(By.tagName("h1")).getText()).as("signed out: the form again")
                .isEqualTo("Staff sign-in");
    }

    @Test
    void theWallboardSaysToSignInAgainWhenTheSessionHasEnded() {
        signInAsSupervisor();
        browser.textContaining(By.id("total"), "Σύνολο");

        // Signed out elsewhere (another tab): the server ends the session, and with it the page's stream.
        browser.script("return fetch('signout', {redirect: 'manual'}).then(r => r.type)");

        browser.textContaining(By.id("live"), "Η σύνδεσή σας έληξε");
        assertThat(browser.console()).as("only the refused requests, no script error")
                .allSatisfy(line -> assertThat(line).contains("api/supervision/wallboard").contains("401"));
    }

    @Test
    void aWrongPasswordBringsTheFormBackWithTheAlert() {
        browser.open(base + "wallboard.html");
        browser.signIn(Staff.SUPERVISOR, "not-the-password");

        WebElement alert = browser.visible(By.cssSelector("[role='alert']"));
        assertThat(alert.getText()).contains("Λάθος όνομα χρήστη ή κωδικός πρόσβασης.");
        assertThat(browser.focused()).isEqualTo(alert);
        assertThat(browser.all(By.id("total"))).as("no figures without signing in").isEmpty();
    }

    @Test
    void theSignInPageHasLabelledFieldsForFormAuthenticationAndShowsTheErrorAfterAFailure() {
        browser.open(base + "signin.html");

        WebElement form = browser.visible(By.tagName("form"));
        assertThat(form.getAttribute("method")).isEqualTo("post");
        assertThat(form.getDomAttribute("action")).isEqualTo("j_security_check");
        WebElement user = browser.visible(By.id("username"));
        WebElement password = browser.visible(By.id("password"));
        assertThat(user.getAttribute("name")).isEqualTo("j_username");
        assertThat(password.getAttribute("name")).isEqualTo("j_password");
        assertThat(password.getAttribute("type")).isEqualTo("password");
        assertThat(user.getAccessibleName()).isEqualTo("Όνομα χρήστη");
        assertThat(password.getAccessibleName()).isEqualTo("Κωδικός πρόσβασης");
        assertThat(browser.visible(By.id("signin-submit")).getText()).isEqualTo("Σύνδεση");
        assertThat(browser.all(By.id("sign-out"))).isEmpty();
        assertThat(browser.all(By.cssSelector("[role='alert']")).get(0).isDisplayed()).isFalse();

        browser.open(base + "signin.html?error");
        WebElement alert = browser.visible(By.cssSelector("[role='alert']"));
        assertThat(alert.getText()).contains("Λάθος όνομα χρήστη ή κωδικός πρόσβασης.");
        assertThat(browser.focused()).isEqualTo(alert);

        browser.visible(By.id("language-switch")).click();
        browser.waitForLanguage("en");
        assertThat(alert.getText()).contains("Wrong user name or password.");
        assertThat(browser.visible(By.id("username")).getAccessibleName()).isEqualTo("User name");
        browser.screenshot("signin-error-en");
    }

    @Test
    void axeCoreFindsNoWcag21AaViolationAndTheBrowserRefusesNothingOnAnyPageInEitherLanguage() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        signInAsSupervisor();
        for (String language : List.of("el", "en")) {
            for (String page : List.of("", "wallboard.html", "signin.html", "signin.html?error")) {
                browser.open(base + page);
                if (!browser.language().equals(language)) {
                    browser.visible(By.id("language-switch")).click();
                    browser.waitForLanguage(language);
                }
                awaitData(page);
                List<String> found = new ArrayList<>();
                browser.axeViolations().forEach(v -> found.add(v.id() + " (" + v.impact() + "): " + v.help() + " "
                        + v.targets()));
                found.addAll(browser.console()); // CSP refusals, script errors, failed requests
                found.addAll(outsideTheWar());
                problems.put(language + " /" + page, found);
            }
        }
        assertThat(problems).allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
    }

    @Test
    void axeCoreReportsAnUnlabelledFieldSoItsSilenceMeansSomething() {
        browser.open(base + "signin.html");
        browser.script("document.querySelector('label[for=username]').remove()");

        assertThat(browser.axeViolations()).extracting(Browser.AxeViolation::id).contains("label");
    }

    @Test
    void theBrowserReportsAnInlineStyleThePolicyRefusesSoAQuietConsoleMeansSomething() {
        browser.open(base + "signin.html");
        browser.script("const s = document.createElement('style'); s.textContent = 'body {}';"
                + " document.head.append(s);");

        String refusal = browser.until("the policy's refusal in the console", d -> browser.console().stream()
                .filter(line -> line.contains("Content Security Policy")).findFirst().orElse(null));
        assertThat(refusal).contains("style");
    }

    /** Opens the wallboard, which shows the sign-in form, and signs in as the demonstration supervisor. */
    private void signInAsSupervisor() {
        Staff supervisor = ReferenceServer.staff(Staff.SUPERVISOR);
        browser.open(base + "wallboard.html");
        browser.signIn(supervisor.user(), supervisor.password());
        browser.visible(By.id("queues"));
    }

    /** Waits until the page has drawn what it fetched, so that axe-core sees the real tables. */
    private void awaitData(String page) {
        if (page.isEmpty()) {
            browser.textContaining(By.cssSelector("tr[data-line='complaints']"), "15510");
        } else if (page.startsWith("wallboard")) {
            browser.until("the wallboard's agents", d -> d.findElements(By.cssSelector("#agents tr")).isEmpty()
                    ? null : Boolean.TRUE);
        }
    }

    /** Inline scripts and styles, and resources from anywhere but the WAR: what the policy would refuse. */
    private List<String> outsideTheWar() {
        List<String> found = new ArrayList<>();
        // uPlot sizes the wallboard's charts through the CSSOM (which the policy allows): their style attributes are not
        // markup's.
        Object inline = browser.script("return document.querySelectorAll('script:not([src]), style').length"
                + " + [...document.querySelectorAll('[style]')].filter(e => !e.closest('.gov-cc-chart')).length");
        if (((Number) inline).intValue() > 0) {
            found.add(inline + " inline script or style elements");
        }
        Object resources = browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
        for (Object url : (List<?>) resources) {
            if (!String.valueOf(url).startsWith(base.toString())) {
                found.add("loaded from outside the WAR: " + url);
            }
        }
        return found;
    }

    private String state(String line) {
        return browser.visible(By.cssSelector("tr[data-line='" + line + "'] [data-field='state']")).getText();
    }

    /** The topics' names in {@code language}, in menu order, from the configuration the WAR serves. */
    /** The topics' names as the wallboard heads its rows: the confidential line's queue says it is one. */
    private static List<String> topicNames(String language) throws Exception {
        try (InputStream in = PagesInChromiumIT.class.getResourceAsStream("/config/ministry-of-labour/topics.json")) {
            List<String> names = new ArrayList<>();
            new ObjectMapper().readTree(in).get("topics").forEach(t -> names.add(t.get("names").get(language).asText()
                    + ("harassment-complaints".equals(t.get("id").asText())
                    ? ("el".equals(language) ? " (εμπιστευτική γραμμή)" : " (confidential line)") : "")));
            return names;
        }
    }
}
