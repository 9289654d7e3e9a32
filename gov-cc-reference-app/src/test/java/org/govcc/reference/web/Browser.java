package org.govcc.reference.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the pages' tests: Debian's headless Chromium driven through Debian's chromedriver by Selenium.
 * It opens pages, waits for them explicitly (never by sleeping), reads and types, presses keys, takes screenshots
 * into {@code target/screenshots} and runs axe-core on the page.
 *
 * <p>Both programs are given by path, so Selenium Manager is never asked to find (or download) a driver or a
 * browser. A missing program fails the test with what to install; it never skips. Not thread-safe: one test thread
 * per instance. {@link #close()} ends the browser and its driver.
 */
public final class Browser implements AutoCloseable {

    /** Debian's chromium. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's chromium-driver. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The WCAG 2.1 A and AA rules, the project's standard. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Starts a headless Chromium with a fresh profile; fails with what to install when a program is missing. */
    public static Browser start() {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException(program + " is missing: run scripts/install-test-tools.sh (it installs "
                        + "Debian's chromium and chromium-driver)");
            }
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(screenshots().getParent().toFile(), "chromedriver.log"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No sandbox: CI runs as root. The rest keeps Chromium from calling anywhere outside the test.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--window-size=1280,900", "--lang=el");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new Browser(new ChromeDriver(service, options));
    }

    /** Loads {@code url} and waits until its document and module scripts have run. */
    public Browser open(String url) {
        driver.get(url);
        wait.until(d -> "complete".equals(script("return document.readyState")));
        return this;
    }

    /** Waits until {@code by} is visible and returns it. */
    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until {@code by}'s text contains {@code text} and returns that text. */
    public String textContaining(By by, String text) {
        return until("text of " + by + " to contain \"" + text + "\"", d -> {
            List<WebElement> found = d.findElements(by);
            String now = found.isEmpty() ? "" : found.get(0).getText();
            return now.contains(text) ? now : null;
        });
    }

    /** Waits until the page's {@code <html lang>} is {@code language}. */
    public void waitForLanguage(String language) {
        until("the page's lang to be " + language, d -> language.equals(language()) ? Boolean.TRUE : null);
    }

    /** Waits until {@code condition} returns something other than null or false, and returns it. */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        return until(what, WAIT, condition);
    }

    /**
     * Waits up to {@code timeout} (for what takes longer than a page, such as a call through the IVR) until
     * {@code condition} returns something other than null or false, and returns it.
     */
    public <T> T until(String what, Duration timeout, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, timeout).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + " on "
                    + driver.getCurrentUrl() + "; console: " + console(), e);
        }
    }

    /** Returns the visible text of every element {@code by} finds, in document order. */
    public List<String> texts(By by) {
        List<String> texts = new ArrayList<>();
        for (WebElement element : driver.findElements(by)) {
            texts.add(element.getText());
        }
        return texts;
    }

    /** Returns the elements {@code by} finds now, without waiting. */
    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Clears the field {@code by} and types {@code text} into it. */
    public void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Presses Tab from where the focus is until {@code by} has the focus, at most {@code maxTabs} times, as a keyboard
     * user reaches a control; fails if it is never reached. Returns the focused element.
     */
    public WebElement tabTo(By by, int maxTabs) {
        WebElement target = visible(by);
        for (int i = 0; i < maxTabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (target.equals(driver.switchTo().activeElement())) {
                return target;
            }
        }
        throw new AssertionError(by + " not reached with " + maxTabs + " presses of Tab");
    }

    /** Presses {@code key} on the element that has the focus. */
    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Returns the element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Fills signin.html's form with {@code user} and {@code password} and submits it with Enter, as a person would;
     * the page must be open. The container answers j_security_check (FORM authentication).
     */
    public void signIn(String user, String password) {
        WebElement form = visible(By.cssSelector("form[action='j_security_check']"));
        type(By.id("username"), user);
        type(By.id("password"), password);
        press(Keys.ENTER);
        // The container answers with another page (a redirect, or the error page forwarded): the old form goes.
        until("the sign-in form to be answered", ExpectedConditions.stalenessOf(form));
        until("the answer to load", d -> "complete".equals(script("return document.readyState")) ? Boolean.TRUE : null);
    }

    /** Deletes every cookie of the browser, as when a session ends on the server's side. */
    public void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Returns the page's {@code <html lang>}. */
    public String language() {
        return (String) script("return document.documentElement.lang");
    }

    /** Returns the page's title. */
    public String title() {
        return driver.getTitle();
    }

    /** Runs {@code javaScript} in the page and returns what it returns (Selenium's conversions). */
    public Object script(String javaScript, Object... args) {
        return driver.executeScript(javaScript, args);
    }

    /** Saves a screenshot of the window as {@code target/screenshots/<name>.png}, for people to look at. */
    public Path screenshot(String name) {
        Path png = screenshots().resolve(name + ".png");
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png;
    }

    /**
     * Returns the browser console's warnings and errors since the last call (the driver hands each entry over once);
     * CSP refusals and script errors show there.
     */
    public List<String> console() {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                lines.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return lines;
    }

    /**
     * Runs axe-core (the copy the front-end build put in {@code target/test-assets}) on the page as it is now and
     * returns its violations of the WCAG 2.1 A and AA rules; empty when it found none.
     */
    public List<AxeViolation> axeViolations() {
        if (Boolean.FALSE.equals(script("return typeof window.axe !== 'undefined'"))) {
            // Injected by the driver, not loaded by the page: the page's own policy does not apply to it.
            script(axeSource());
        }
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " targets: v.nodes.map(n => n.target.join(' '))}))), e => done('axe failed: ' + e));", WCAG_21_AA);
        if (result instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        List<AxeViolation> violations = new ArrayList<>();
        for (Object item : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) item;
            List<String> targets = new ArrayList<>();
            ((List<?>) v.get("targets")).forEach(t -> targets.add(String.valueOf(t)));
            violations.add(new AxeViolation(String.valueOf(v.get("id")), String.valueOf(v.get("impact")),
                    String.valueOf(v.get("help")), targets));
        }
        return violations;
    }

    /** Ends the browser and its driver. */
    @Override
    public void close() {
        driver.quit();
    }

    private static String axeSource() {
        Path axe = Path.of(System.getProperty("govcc.it.axe", "target/test-assets/axe.min.js"));
        if (!Files.isRegularFile(axe)) {
            throw new IllegalStateException(axe + " is missing: the front-end build (npm ci, build.mjs) writes it; "
                    + "run mvn package in gov-cc-reference-app");
        }
        try {
            return Files.readString(axe, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("govcc.it.screenshots", "target/screenshots")).toAbsolutePath();
    }

    /**
     * One axe-core rule a page breaks.
     *
     * @param id the rule's id (e.g. {@code color-contrast})
     * @param impact how serious axe-core rates it
     * @param help what the rule asks for
     * @param targets CSS selectors of the offending elements
     */
    public record AxeViolation(String id, String impact, String help, List<String> targets) {
    }
}
