package org.govcc.reference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.ReferenceServer;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
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

/**
 * The reports page in a real browser under the WAR's Content-Security-Policy: its charts drawn by the bundled uPlot
 * with a table of the same figures beside each, worked by keyboard alone, a refusal shown and focused, in Greek and
 * English, and axe-core finding nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsPageIT {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

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
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theMonthSoFarIsDrawnAndTabledPerDayAndAQuarterHourReportIsAskedForByKeyboard() throws Exception {
        signInAsSupervisor();
        LocalDate today = LocalDate.now(ATHENS);

        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Αναφορές της γραμμής");
        assertThat(browser.all(By.cssSelector("#calls-table tbody tr"))).hasSize(today.getDayOfMonth());
        assertThat(browser.all(By.cssSelector("#quality-table tbody tr"))).hasSize(today.getDayOfMonth());
        assertThat(browser.texts(By.cssSelector("#calls-table thead th"))).startsWith("Περίοδος", "Εισερχόμενες",
                "Απαντήθηκαν", "Εγκαταλείφθηκαν");
        assertThat(browser.all(By.cssSelector("#calls-chart canvas"))).as("uPlot drew the chart").hasSize(1);
        assertThat(browser.all(By.cssSelector("#quality-chart canvas"))).hasSize(1);
        assertThat(browser.texts(By.cssSelector("#calls-legend li"))).containsExactly("Εισερχόμενες", "Απαντήθηκαν",
                "Εγκαταλείφθηκαν");
        assertThat(browser.all(By.cssSelector("#topics-table tbody tr"))).hasSize(7);
        assertThat(browser.all(By.cssSelector("#topic option"))).as("all, and the seven topics").hasSize(8);
        assertThat(browser.visible(By.id("csv")).getAttribute("href")).contains("api/reports/days?")
                .contains("format=csv");

        // By keyboard: today only, the first granularity (15 minutes), then Enter on the button.
        browser.script("document.getElementById('from').value = arguments[0];"
                + " document.getElementById('to').value = arguments[0];", today.toString());
        browser.tabTo(By.id("granularity"), 12);
        browser.press(Keys.HOME);
        browser.tabTo(By.id("show"), 20);
        browser.press(Keys.ENTER);
        int quarters = (int) (java.time.Duration.between(today.atStartOfDay(ATHENS),
                today.plusDays(1).atStartOfDay(ATHENS)).toMinutes() / 15);
        browser.until("the quarter hours", d -> d.findElements(By.cssSelector("#calls-table tbody tr")).size()
                == quarters ? Boolean.TRUE : null);
        assertThat(browser.texts(By.cssSelector("#calls-table tbody th")).get(33)).isEqualTo("08:15");
        assertThat(browser.visible(By.id("csv")).getAttribute("href")).contains("api/reports/intervals?")
                .contains("size=15");
        assertThat(Files.size(browser.screenshot("reports-quarter-hours-el"))).isGreaterThan(5_000);

        browser.visible(By.id("language-switch")).click();
        browser.waitForLanguage("en");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Line reports");
        assertThat(browser.texts(By.cssSelector("#calls-legend li"))).containsExactly("Offered", "Answered",
                "Abandoned");
        assertThat(browser.texts(By.cssSelector("#quality-table thead th"))).contains("Service level %",
                "Occupancy %", "Average handling time (s)");
        browser.screenshot("reports-quarter-hours-en");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedInTheAlertWithTheFocusOnItsEnd() {
        signInAsSupervisor();
        browser.script("document.getElementById('from').value = '2026-03-10';"
                + " document.getElementById('to').value = '2026-03-01';");
        browser.tabTo(By.id("show"), 30);
        browser.press(Keys.ENTER);

        String alert = browser.textContaining(By.id("problem"), "2026-03-01");
        assertThat(alert).contains("before it starts");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("to");
        assertThat(browser.console()).as("only the refused request").allSatisfy(line -> assertThat(line)
                .contains("api/reports/days").contains("400"));
    }

    @Test
    void axeCoreFindsNoWcag21AaViolationAndThePolicyRefusesNothingInEitherLanguageAndGranularity() {
        signInAsSupervisor();
        List<String> problems = new ArrayList<>();
        for (String language : List.of("el", "en")) {
            if (!browser.language().equals(language)) {
                browser.visible(By.id("language-switch")).click();
                browser.waitForLanguage(language);
            }
            for (String granularity : List.of("half-hour", "month")) {
                browser.script("document.getElementById('granularity').value = arguments[0];"
                        + " document.getElementById('from').value = '2026-01-01';"
                        + " document.getElementById('to').value = arguments[1];", granularity,
                        granularity.equals("month") ? "2026-03-31" : "2026-01-01");
                browser.visible(By.id("show")).click();
                browser.until("the report", d -> d.findElements(By.cssSelector("#calls-table tbody tr")).size()
                        == (granularity.equals("month") ? 3 : 48) ? Boolean.TRUE : null);
                browser.axeViolations().forEach(v -> problems.add(language + " " + granularity + ": " + v.id() + " ("
                        + v.impact() + "): " + v.help() + " " + v.targets()));
                problems.addAll(browser.console()); // CSP refusals, script errors
                // uPlot sets sizes through the CSSOM (which the policy allows); no <style> or inline script.
                Object inline = browser.script("return document.querySelectorAll('script:not([src]), style').length");
                if (((Number) inline).intValue() > 0) {
                    problems.add(inline + " inline script or style elements");
                }
            }
        }
        assertThat(browser.texts(By.cssSelector("#calls-legend li"))).as("the monthly report draws its target")
                .hasSize(4).contains("Monthly target");
        assertThat(problems).isEmpty();
    }

    /** Opens the reports page, which shows the sign-in form, and signs in as the demonstration supervisor. */
    private void signInAsSupervisor() {
        Staff supervisor = ReferenceServer.staff(Staff.SUPERVISOR);
        browser.open(base + "reports.html");
        browser.signIn(supervisor.user(), supervisor.password());
        browser.until("the report", d -> d.findElements(By.cssSelector("#calls-table tbody tr")).isEmpty()
                ? null : Boolean.TRUE);
    }
}
