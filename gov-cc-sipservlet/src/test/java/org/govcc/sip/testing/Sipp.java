package org.govcc.sip.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's sipp ({@code sip-tester}) as a real SIP peer for tests, on 127.0.0.1 only, with bounded call counts
 * and time-outs. Installs {@code sip-tester} when {@code sipp} is missing: a test never skips silently.
 */
public final class Sipp {

    /** The scenario folder of this module. */
    public static final Path SCENARIOS = Path.of("src/test/sipp").toAbsolutePath();

    private Sipp() {
    }

    /** Makes sure {@code sipp} is on the PATH, installing Debian's sip-tester if needed. */
    public static void ensureInstalled() {
        DebianPackages.ensureCommand("sipp", "sip-tester");
    }

    /** Starts sipp with {@code args} (after the common ones) in the background. */
    public static SippProcess start(String name, List<String> args) {
        ensureInstalled();
        try {
            Path dir = Files.createTempDirectory("sipp-" + name + "-");
            List<String> cmd = new ArrayList<>();
            cmd.add("sipp");
            cmd.addAll(args);
            cmd.addAll(List.of("-trace_err", "-trace_stat", "-fd", "1", "-nostdin", "-timeout_error"));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
            return new SippProcess(name, dir, pb.start(), cmd);
        } catch (IOException e) {
            throw new IllegalStateException("could not start sipp " + args, e);
        }
    }

    /** A running sipp. */
    public static final class SippProcess implements AutoCloseable {
        private final String name;
        private final Path dir;
        private final Process process;
        private final List<String> command;

        SippProcess(String name, Path dir, Process process, List<String> command) {
            this.name = name;
            this.dir = dir;
            this.process = process;
            this.command = command;
        }

        /** Waits for sipp to end; returns its exit code (0: every call succeeded), or -1 after killing it on time-out. */
        public int await(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    return -1;
                }
                return process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                return -1;
            }
        }

        /** Returns whether sipp is still running. */
        public boolean isAlive() {
            return process.isAlive();
        }

        /** Returns sipp's console output and error log, for assertion messages. */
        public String log() {
            StringBuilder b = new StringBuilder("sipp " + name + ": " + String.join(" ", command) + "\n");
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (f.getFileName().toString().endsWith(".log") || f.getFileName().toString().endsWith(".csv")) {
                        String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                        if (text.length() > 6000) {
                            text = text.substring(text.length() - 6000);
                        }
                        b.append("--- ").append(f.getFileName()).append('\n').append(text).append('\n');
                    }
                }
            } catch (IOException e) {
                b.append("(log unreadable: ").append(e).append(")");
            }
            return b.toString();
        }

        /**
         * Returns every SIP message this sipp sent and received, as its {@code -trace_msg} file holds them (empty when
         * it was not started with {@code -trace_msg} or has logged nothing yet).
         */
        public String messages() {
            StringBuilder b = new StringBuilder();
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (f.getFileName().toString().endsWith("_messages.log")) {
                        b.append(Files.readString(f, StandardCharsets.ISO_8859_1));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the messages of sipp " + name + " in " + dir, e);
            }
            return b.toString();
        }

        /**
         * Returns the SIP requests with {@code method} that this sipp received, each as its whole message text (start
         * line, headers, body), from its {@code -trace_msg} file.
         */
        public List<String> received(String method) {
            List<String> found = new ArrayList<>();
            // sipp writes each message after a line of dashes and a "... message received [n] bytes :" line.
            for (String entry : messages().split("(?m)^-{10,} [^\\n]*\\n")) {
                int start = entry.indexOf("message received");
                if (start < 0) {
                    continue;
                }
                String message = entry.substring(entry.indexOf('\n', start) + 1).strip();
                if (message.startsWith(method + " ")) {
                    found.add(message);
                }
            }
            return found;
        }

        /** Stops sipp if it still runs. */
        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
        }
    }
}
