package org.govcc.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.govcc.sip.testing.Ports;
import org.junit.jupiter.api.Test;

class MediaEngineTest {

    @Test
    void playsAClipAsPacedG711PacketsAndReportsItsEnd() throws Exception {
        int base = Ports.free() & ~1;
        try (MediaEngine engine = new MediaEngine(MediaSettings.of("127.0.0.1").withPorts(base, base + 20));
             DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            CountDownLatch finished = new CountDownLatch(1);
            RtpEndpoint e = engine.open(new MediaListener() {
                @Override
                public void playbackFinished() {
                    finished.countDown();
                }
            });
            e.connect(new InetSocketAddress("127.0.0.1", peer.getLocalPort()), Codec.PCMA, 101);
            e.play(List.of(AudioClip.tone("t", 440, 200)), false);

            peer.setSoTimeout(2000);
            DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
            peer.receive(p);
            assertThat(p.getLength()).isEqualTo(12 + 160);
            assertThat(p.getData()[1] & 0x7F).as("payload type").isEqualTo(8);
            assertThat(finished.await(3, TimeUnit.SECONDS)).isTrue();
            e.close();
            assertThat(engine.openEndpoints()).isZero();
        }
    }

    @Test
    void reportsAnRfc4733DigitOncePerEventAndTimesOutWhenRtpStops() throws Exception {
        int base = Ports.free() & ~1;
        try (MediaEngine engine = new MediaEngine(MediaSettings.of("127.0.0.1").withPorts(base, base + 20)
                .withInactivityTimeout(Duration.ofMillis(600)));
             DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            StringBuffer digits = new StringBuffer();
            CountDownLatch inactive = new CountDownLatch(1);
            RtpEndpoint e = engine.open(new MediaListener() {
                @Override
                public void digit(char digit) {
                    digits.append(digit);
                }

                @Override
                public void inactive() {
                    inactive.countDown();
                }
            });
            e.connect(new InetSocketAddress("127.0.0.1", peer.getLocalPort()), Codec.PCMU, 101);
            for (int i = 0; i < 4; i++) { // one event: start, updates, three end packets, same timestamp
                peer.send(event(e.localPort(), 5, i, 1000));
            }
            peer.send(event(e.localPort(), 11, 4, 2000));
            assertThat(inactive.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(digits.toString()).isEqualTo("5#");
            e.close();
        }
    }

    @Test
    void refusesToOpenMoreEndpointsThanThePortRangeHolds() throws IOException {
        int base = Ports.free() & ~1;
        try (MediaEngine engine = new MediaEngine(MediaSettings.of("127.0.0.1").withPorts(base, base + 3))) {
            engine.open(new MediaListener() {
            });
            engine.open(new MediaListener() {
            });
            assertThatThrownBy(() -> engine.open(new MediaListener() {
            })).isInstanceOf(NoMediaPortException.class);
            assertThat(engine.openEndpoints()).isEqualTo(2);
        }
    }

    @Test
    void callsSpreadOverSeveralPacingThreadsEachSendEveryPacketOfTheirPrompt() throws Exception {
        int base = Ports.free() & ~1;
        try (MediaEngine engine = new MediaEngine(MediaSettings.of("127.0.0.1").withPorts(base, base + 20)
                .withPacingThreads(3));
             DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int calls = 6; // consecutive ports: two calls on each of the three pacing threads
            CountDownLatch finished = new CountDownLatch(calls);
            java.util.Map<Integer, Integer> packetsBySource = new java.util.concurrent.ConcurrentHashMap<>();
            for (int i = 0; i < calls; i++) {
                RtpEndpoint e = engine.open(new MediaListener() {
                    @Override
                    public void playbackFinished() {
                        finished.countDown();
                    }
                });
                e.connect(new InetSocketAddress("127.0.0.1", peer.getLocalPort()), Codec.PCMU, 101);
                e.play(List.of(AudioClip.tone("t" + i, 440, 200)), false);
            }
            assertThat(finished.await(3, TimeUnit.SECONDS)).as("every prompt ends").isTrue();
            engine.close(); // stop the silence that follows, then count what arrived
            peer.setSoTimeout(200);
            DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
            try {
                while (true) {
                    peer.receive(p);
                    packetsBySource.merge(p.getPort(), 1, Integer::sum);
                }
            } catch (java.net.SocketTimeoutException drained) {
                // all packets read
            }
            assertThat(packetsBySource).hasSize(calls);
            assertThat(packetsBySource.values()).as("200 ms = 10 packets of prompt per call, then silence")
                    .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
        }
    }

    @Test
    void takesTheLongestRestedPortAndSkipsPortsAnotherProgramHolds() throws IOException {
        int base = Ports.free() & ~1;
        MediaListener quiet = new MediaListener() {
        };
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress("127.0.0.1", base + 2));
             MediaEngine engine = new MediaEngine(MediaSettings.of("127.0.0.1").withPorts(base, base + 7))) {
            RtpEndpoint first = engine.open(quiet);
            assertThat(first.localPort()).isEqualTo(base);
            assertThat(engine.open(quiet).localPort()).as("base + 2 is held by another socket").isEqualTo(base + 4);
            first.close();
            assertThat(engine.open(quiet).localPort()).as("not the port just freed: it rests behind the others")
                    .isEqualTo(base + 6);
            squatter.close();
            assertThat(engine.open(quiet).localPort()).as("tried again once the other program let it go")
                    .isEqualTo(base + 2);
            assertThat(engine.openEndpoints()).isEqualTo(3);
        }
    }

    @Test
    void cancelledTimersDoNotRunAndAreNotCounted() throws Exception {
        try (MediaEngine engine = new MediaEngine(MediaSettings.of("127.0.0.1"))) {
            CountDownLatch ran = new CountDownLatch(1);
            MediaEngine.Cancellable c = engine.schedule(ran::countDown, Duration.ofMillis(50));
            assertThat(engine.pendingTimers()).isEqualTo(1);
            c.cancel();
            assertThat(engine.pendingTimers()).isZero();
            assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    private static DatagramPacket event(int port, int event, int seq, int timestamp) {
        byte[] b = new byte[16];
        b[0] = (byte) 0x80;
        b[1] = 101;
        b[3] = (byte) seq;
        b[4] = (byte) (timestamp >> 24);
        b[5] = (byte) (timestamp >> 16);
        b[6] = (byte) (timestamp >> 8);
        b[7] = (byte) timestamp;
        b[12] = (byte) event;
        b[13] = (byte) (seq == 3 ? 0x8A : 0x0A);
        return new DatagramPacket(b, b.length, new InetSocketAddress("127.0.0.1", port));
    }
}
