package org.govcc.sip.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A liveness probe as a load balancer sends it: SIP OPTIONS over UDP from 127.0.0.1 to a line, each with its own
 * Call-ID, and the time until its first final answer. One receiving thread reads every answer, so probes can be sent
 * at any rate. Thread-safe.
 */
public final class OptionsProbe implements AutoCloseable {

    /** A probe's final answer: its status and how long after sending it arrived. */
    public record Answer(int status, Duration latency) {
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final DatagramSocket socket;
    private final int targetPort;
    private final Map<String, CompletableFuture<Answer>> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final List<String> strays = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread receiver;

    /** Opens a probe to {@code 127.0.0.1:targetPort} from a free local port ({@link Ports#free()}). */
    public OptionsProbe(int targetPort) {
        this.targetPort = targetPort;
        try {
            DatagramSocket s = new DatagramSocket(null);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), Ports.free()));
            this.socket = s;
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        receiver = new Thread(this::receive, "options-probe-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Sends one OPTIONS; the future completes with its first final answer (never, if none comes). */
    public CompletableFuture<Answer> send() {
        String callId = "probe-" + SEQUENCE.incrementAndGet() + "-" + socket.getLocalPort() + "@127.0.0.1";
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        pending.put(callId, answer);
        byte[] bytes = options(callId).getBytes(StandardCharsets.US_ASCII);
        sentAt.put(callId, System.nanoTime());
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), targetPort));
        } catch (IOException e) {
            answer.completeExceptionally(e);
        }
        return answer;
    }

    /** Returns the first lines of the datagrams that answered no probe of this one (for failure messages). */
    public List<String> strays() {
        synchronized (strays) {
            return List.copyOf(strays);
        }
    }

    private String options(String callId) {
        int port = socket.getLocalPort();
        return "OPTIONS sip:127.0.0.1:" + targetPort + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";rport;branch=z9hG4bK-" + callId.hashCode() + "-"
                + SEQUENCE.get() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:probe@127.0.0.1:" + port + ">;tag=probe" + port + "\r\n"
                + "To: <sip:127.0.0.1:" + targetPort + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Accept: application/sdp\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private void receive() {
        byte[] buffer = new byte[65536];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return; // closed
            }
            long now = System.nanoTime();
            String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.ISO_8859_1);
            String callId = SipText.header(text, "Call-ID", "i");
            CompletableFuture<Answer> answer = pending.get(callId);
            int status = SipText.status(text);
            if (answer == null || status < 0) {
                strays.add(text.lines().findFirst().orElse(""));
            } else if (status >= 200) {
                answer.complete(new Answer(status, Duration.ofNanos(now - sentAt.get(callId))));
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
