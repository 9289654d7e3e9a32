package org.govcc.sip.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govcc.sip.media.Codec;

/**
 * Tones over RTP for media tests: a peer's socket on 127.0.0.1 that sends a G.711 tone in 20 ms packets and keeps
 * what it receives, decoded, so that a test can ask which tones arrived ({@link Goertzel}). In a SIP test it is a
 * phone's media: sipp does the signalling with this socket's port in its SDP, and {@link #answerWithTone} sends the
 * tone back to whoever sends first (the line's endpoint, whose port only the SDP that sipp received names).
 */
public final class RtpTones implements AutoCloseable {

    private static final int HEADER = 12;

    private final DatagramSocket socket;
    private final Thread receiver;
    private final List<short[]> received = new ArrayList<>();
    private ScheduledExecutorService sender;
    private int answerHz;
    private Codec answerCodec;

    /** Opens the socket on a free loopback port ({@link Ports#free()}) and starts keeping what arrives. */
    public RtpTones() throws SocketException {
        this(Ports.free());
    }

    /** Opens the socket on loopback port {@code port} and starts keeping what arrives. */
    public RtpTones(int port) throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        receiver = new Thread(this::receive, "rtp-tones-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    /** The socket's port: to announce in SDP, or to connect an endpoint to. */
    public int port() {
        return socket.getLocalPort();
    }

    /** Sends a {@code hz} tone in {@code codec} to {@code port} on 127.0.0.1, a packet every 20 ms, until closed. */
    public synchronized void sendTone(int port, int hz, Codec codec) {
        if (sender != null) {
            throw new IllegalStateException("already sending from " + port());
        }
        InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rtp-tone-" + hz);
            t.setDaemon(true);
            return t;
        });
        int[] sequence = {0};
        sender.scheduleAtFixedRate(() -> {
            byte[] packet = packet(sequence[0]++, hz, codec, 0x1234 + hz);
            try {
                socket.send(new DatagramPacket(packet, packet.length, to));
            } catch (IOException e) {
                // closed: the test is over
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
    }

    /**
     * Sends a {@code hz} tone in {@code codec}, once the first packet arrives, to the port it came from (symmetric
     * RTP), until closed.
     */
    public synchronized void answerWithTone(int hz, Codec codec) {
        answerHz = hz;
        answerCodec = codec;
    }

    /** Returns how many audio packets arrived so far. */
    public synchronized int packets() {
        return received.size();
    }

    /** Returns the samples of the last {@code packets} audio packets received (fewer if fewer came), in order. */
    public synchronized short[] last(int packets) {
        int from = Math.max(0, received.size() - packets);
        List<short[]> tail = received.subList(from, received.size());
        short[] out = new short[tail.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] p : tail) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Returns the share of the last {@code packets} packets' energy at {@code hz} ({@link Goertzel#share}). */
    public double shareOf(int hz, int packets) {
        return Goertzel.share(last(packets), hz);
    }

    /** Forgets what arrived so far (to listen afresh after a change). */
    public synchronized void forget() {
        received.clear();
    }

    /** RTP packet {@code n} of a continuous {@code hz} tone at a quarter of full scale. */
    private static byte[] packet(int n, int hz, Codec codec, int ssrc) {
        ByteBuffer b = ByteBuffer.allocate(HEADER + Codec.SAMPLES_PER_PACKET);
        b.put((byte) 0x80).put((byte) codec.payloadType()).putShort((short) n)
                .putInt(n * Codec.SAMPLES_PER_PACKET).putInt(ssrc);
        for (int i = 0; i < Codec.SAMPLES_PER_PACKET; i++) {
            long t = (long) n * Codec.SAMPLES_PER_PACKET + i;
            b.put(codec.encode((short) (8000 * Math.sin(2 * Math.PI * hz * t / 8000))));
        }
        return b.array();
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                socket.receive(datagram);
            } catch (IOException closed) {
                return;
            }
            synchronized (this) {
                if (answerHz > 0 && sender == null && datagram.getAddress().isLoopbackAddress()) {
                    sendTone(datagram.getPort(), answerHz, answerCodec);
                }
            }
            Codec codec = Codec.byPayloadType(buffer[1] & 0x7F);
            int offset = HEADER + 4 * (buffer[0] & 0x0F);
            if (codec == null || datagram.getLength() <= offset) {
                continue; // a telephone-event, or not RTP audio
            }
            short[] samples = new short[datagram.getLength() - offset];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = codec.decode(buffer[offset + i]);
            }
            synchronized (this) {
                received.add(samples);
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (sender != null) {
                sender.shutdownNow();
            }
            answerHz = 0;
        }
        socket.close();
        try {
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
