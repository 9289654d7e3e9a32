package org.govcc.reference.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, as a real browser for the pages' tests: loads a page on 127.0.0.1, runs its
 * scripts, and returns the rendered DOM (or a screenshot). Fails, never skips, when Chromium is missing.
 */
final class HeadlessChromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** Returns the DOM of {@code url} after its scripts had {@code budgetMillis} of virtual time. */
    static String renderedDom(String url, int budgetMillis) throws IOException, InterruptedException {
        return run(List.of("--virtual-time-budget=" + budgetMillis, "--dump-dom", url));
    }

    /** Writes a screenshot of {@code url} to {@code png}, for people to look at. */
    static void screenshot(String url, Path png, int budgetMillis) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(List.of("--virtual-time-budget=" + budgetMillis, "--window-size=1280,720",
                "--screenshot=" + png.toAbsolutePath(), url));
    }

    private static String run(List<String> args) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: run scripts/install-test-tools.sh "
                    + "(it installs Debian's chromium)");
        }
        Path profile = Files.createTempDirectory("govcc-chromium-");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(args);
        Path out = Files.createTempFile("govcc-chromium-", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium timed out: " + command);
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("chromium failed (" + process.exitValue() + "): " + command);
        }
        return dom;
    }
}
