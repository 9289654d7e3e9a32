package org.govcc.sip.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.govcc.sip.testing.Ports;
import org.govcc.sip.testing.Sipp;
import org.junit.jupiter.api.Test;

class EmbeddedSipContainerIT {

    @Test
    void answersSippOptionsOverUdpAndTcpAndFreesThePortAndThreadsOnStop() {
        int port = Ports.free();
        AtomicInteger counter = new AtomicInteger();
        SipApplicationDescriptor app = new SipApplicationDescriptor("probe",
                SipXml.withMainServlet("probe", ProbeServlet.class),
                SipApplicationDescriptor.routeAll("probe", "OPTIONS"), Map.of(ProbeServlet.COUNTER, counter));
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        EmbeddedSipContainer container = new EmbeddedSipContainer(SipContainerSettings.of("127.0.0.1", port), app,
                getClass().getClassLoader());

        container.start();
        try {
            assertThat(container.isRunning()).isTrue();
            assertThat(System.getProperty("javax.servlet.sip.ar.spi.SipApplicationRouterProvider")).isNotNull();
            for (String transport : List.of("u1", "t1")) {
                try (Sipp.SippProcess sipp = Sipp.start("options-" + transport, List.of("127.0.0.1:" + port,
                        "-sf", Sipp.SCENARIOS.resolve("options.xml").toString(), "-s", "1000", "-t", transport,
                        "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "3", "-r", "10",
                        "-timeout", "20s"))) {
                    assertThat(sipp.await(Duration.ofSeconds(30))).as(sipp.log()).isZero();
                }
            }
            assertThat(counter).as("6 OPTIONS from sipp and the container's own warm-up").hasValue(6 + WarmUp.ROUNDS);
        } finally {
            container.stop();
        }

        assertThat(container.isRunning()).isFalse();
        assertThat(Ports.isFree(port)).as("SIP port %d is released", port).isTrue();
        assertThat(System.getProperty("javax.servlet.sip.ar.spi.SipApplicationRouterProvider")).isNull();
        assertThat(aliveNewThreads(before)).as("threads left after stop").isEmpty();
    }

    @Test
    void startsAgainOnTheSamePortAfterAStop() {
        int port = Ports.free();
        AtomicInteger counter = new AtomicInteger();
        SipApplicationDescriptor app = new SipApplicationDescriptor("probe",
                SipXml.withMainServlet("probe", ProbeServlet.class),
                SipApplicationDescriptor.routeAll("probe", "OPTIONS"), Map.of(ProbeServlet.COUNTER, counter));
        for (int round = 0; round < 2; round++) {
            try (EmbeddedSipContainer container = new EmbeddedSipContainer(
                    SipContainerSettings.of("127.0.0.1", port).withTransports(Set.of(SipTransport.UDP)), app,
                    getClass().getClassLoader())) {
                container.start();
                try (Sipp.SippProcess sipp = Sipp.start("options-again", List.of("127.0.0.1:" + port,
                        "-sf", Sipp.SCENARIOS.resolve("options.xml").toString(), "-s", "1000",
                        "-i", "127.0.0.1", "-p", String.valueOf(Ports.free()), "-m", "1", "-timeout", "20s"))) {
                    assertThat(sipp.await(Duration.ofSeconds(30))).as(sipp.log()).isZero();
                }
            }
            assertThat(Ports.isFree(port)).isTrue();
        }
        assertThat(counter).as("one OPTIONS from sipp and the warm-up, per start").hasValue(2 * (1 + WarmUp.ROUNDS));
    }

    private static Set<String> aliveNewThreads(Set<Thread> before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Set<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                    .map(Thread::getName).collect(Collectors.toSet());
            if (left.isEmpty()) {
                return left;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        return left;
    }
}
