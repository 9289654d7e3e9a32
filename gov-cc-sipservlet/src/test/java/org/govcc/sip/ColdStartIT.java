package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.govcc.api.call.Call;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.control.CallSignal;
import org.govcc.sip.container.EmbeddedSipContainer;
import org.govcc.sip.container.SipContainerSettings;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.MediaSettings;
import org.govcc.sip.media.PromptCatalogue;
import org.govcc.sip.registrar.AgentDirectory;
import org.govcc.sip.testing.OptionsProbe;
import org.govcc.sip.testing.Ports;
import org.junit.jupiter.api.Test;

/**
 * Cold start as a load balancer sees it: from the moment the line's UDP port is bound (read from
 * {@code /proc/net/udp}, so the test never races the container for the port), an OPTIONS every 20 ms for 3 s, each
 * answered 200 within 200 ms. The figures (every latency, median and maximum) are printed for the README.
 */
class ColdStartIT {

    private static final Duration BOUND = Duration.ofMillis(200);
    private static final int PROBES = 150;

    @Test
    void answersOptionsWithin200MillisecondsFromTheMomentItsPortIsOpen() throws Exception {
        int port = Ports.free();
        int[] rtp = Ports.lineRtp(34000, 34998);
        AudioClip prompt = AudioClip.tone("prompt", 440, 400);
        SipLineSettings settings = new SipLineSettings(Map.of("1555", new LineId("main")), Language.GREEK, 20,
                Duration.ofSeconds(10), "govcc.test", Duration.ofHours(1), Optional.empty());
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        try (MediaEngine media = new MediaEngine(MediaSettings.of("127.0.0.1").withPorts(rtp[0], rtp[1]));
             GovCcSipApplication app = new GovCcSipApplication(settings, media,
                     PromptCatalogue.ofPrompts((id, lang) -> Optional.of(prompt)), AgentDirectory.of(List.of()),
                     control -> new CallHandler() {
                         @Override
                         public void callStarted(Call call) {
                             // no call is made in this test
                         }

                         @Override
                         public void onSignal(CallSignal signal) {
                             // nothing to do: no call lives long in this test
                         }
                     }, Clock.systemUTC());
             EmbeddedSipContainer container = new EmbeddedSipContainer(SipContainerSettings.of("127.0.0.1", port),
                     app.descriptor(), getClass().getClassLoader());
             OptionsProbe probe = new OptionsProbe(port)) {
            List<CompletableFuture<OptionsProbe.Answer>> answers = new ArrayList<>();
            CountDownLatch allSent = new CountDownLatch(1);
            AtomicLong openedAt = new AtomicLong();
            long startedAt = System.nanoTime();
            ScheduledFuture<?>[] probing = new ScheduledFuture<?>[1];
            List<Throwable> watchFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
            ScheduledFuture<?> watching = timer.scheduleAtFixedRate(() -> {
                try {
                    watch(port, openedAt, probing, timer, answers, probe, allSent);
                } catch (RuntimeException | Error e) {
                    watchFailures.add(e);
                    throw e;
                }
            }, 0, 1, TimeUnit.MILLISECONDS);

            container.start();
            long returnedAt = System.nanoTime();
            assertThat(allSent.await(30, TimeUnit.SECONDS)).as("all probes sent; %s", watchFailures).isTrue();
            watching.cancel(false);
            if (probing[0] != null) {
                probing[0].cancel(false);
            }
            
            List<Long> latencies = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            synchronized (answers) {
                for (int i = 0; i < answers.size(); i++) {
                    OptionsProbe.Answer a = answers.get(i).completeOnTimeout(null, 2, TimeUnit.SECONDS).get();
                    long ms = a == null ? Long.MAX_VALUE : a.latency().toMillis();
                    latencies.add(ms);
                    if (a == null || a.status() != 200 || a.latency().compareTo(BOUND) > 0) {
                        failures.add("probe " + i + " (" + (i * 20) + " ms after the port opened): "
                                + (a == null ? "no answer in 2 s" : a.status() + " after " + ms + " ms"));
                    }
                }
            }
            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(null);
            System.out.printf(Locale.ROOT, "cold start: port open %d ms after start(), start() returned %d ms after;"
                            + " %d probes, median %d ms, max %s ms; latencies %s%n",
                    (openedAt.get() - startedAt) / 1_000_000, (returnedAt - openedAt.get()) / 1_000_000,
                    sorted.size(), sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1) == Long.MAX_VALUE ? "none" : sorted.get(sorted.size() - 1),
                    latencies);
            failures.forEach(System.out::println);
            assertThat(failures).as("probes not answered 200 within %d ms (strays: %s)", BOUND.toMillis(),
                    probe.strays()).isEmpty();
        } finally {
            timer.shutdownNow();
        }
    }

    /** Once the port is bound, notes when and starts one probe every 20 ms until {@link #PROBES} are sent. */
    private static void watch(int port, AtomicLong openedAt, ScheduledFuture<?>[] probing,
                              ScheduledExecutorService timer, List<CompletableFuture<OptionsProbe.Answer>> answers,
                              OptionsProbe probe, CountDownLatch allSent) {
        if (openedAt.get() == 0 && udpPortBound(port)) {
            openedAt.set(System.nanoTime());
            probing[0] = timer.scheduleAtFixedRate(() -> {
                synchronized (answers) {
                    if (answers.size() < PROBES) {
                        answers.add(probe.send());
                    } else {
                        allSent.countDown();
                    }
                }
            }, 0, 20, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether something is bound to 127.0.0.1:{@code port} (or any address) for UDP, per the kernel's table. */
    private static boolean udpPortBound(int port) {
        try {
            String hex = String.format(Locale.ROOT, ":%04X ", port);
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/net/udp")));
            lines.addAll(Files.readAllLines(Path.of("/proc/net/udp6")));
            for (String line : lines) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length > 1 && (cols[1] + " ").endsWith(hex)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
