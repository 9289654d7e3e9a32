package org.govcc.reference.desk;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A caller's ear: a UDP socket on 127.0.0.1 that keeps what the line sends it as RTP, each packet's arrival and
 * whether its G.711 u-law payload carries sound (a mean level above near-silence), so that a test can ask what the
 * caller heard between two moments.
 */
final class RtpListener implements AutoCloseable {

    /** A mean absolute 16-bit sample level below which a packet is taken for silence. */
    private static final int SOUND_LEVEL = 100;

    private record Packet(long atNanos, boolean sound) {
    }

    private final DatagramSocket socket;
    private final List<Packet> packets = new ArrayList<>();
    private final Thread receiver;

    RtpListener() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        receiver = new Thread(this::receive, "rtp-listener-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    /** The port to announce in the caller's SDP. */
    int port() {
        return socket.getLocalPort();
    }

    /** A moment to count from. */
    static long now() {
        return System.nanoTime();
    }

    /** How many packets arrived since {@code from}. */
    synchronized int packetsSince(long from) {
        return (int) packets.stream().filter(p -> p.atNanos() >= from).count();
    }

    /** How many packets that carry sound arrived since {@code from}. */
    synchronized int soundSince(long from) {
        return (int) packets.stream().filter(p -> p.atNanos() >= from && p.sound()).count();
    }

    /**
     * Waits until no packet has arrived for {@code gap}, for at most {@code limit}; returns whether that happened (a
     * line that sends its own audio, even silence, sends a packet every 20 ms and is never quiet).
     */
    synchronized boolean quietFor(Duration gap, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (true) {
            long now = System.nanoTime();
            long last = packets.isEmpty() ? start : Math.max(start, packets.get(packets.size() - 1).atNanos());
            long quiet = now - last;
            if (quiet >= gap.toNanos()) {
                return true;
            }
            if (now >= deadline) {
                return false;
            }
            // Woken by every packet; otherwise when the gap would be complete, or at the deadline.
            long waitNanos = Math.min(gap.toNanos() - quiet, deadline - now);
            wait(Math.max(1, waitNanos / 1_000_000));
        }
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
            int length = datagram.getLength();
            if (length <= 12 || (buffer[1] & 0x7F) != 0) {
                continue; // not PCMU audio (a telephone-event, or too short for RTP)
            }
            long sum = 0;
            for (int i = 12; i < length; i++) {
                sum += Math.abs(ulaw(buffer[i]));
            }
            Packet packet = new Packet(System.nanoTime(), sum / (length - 12) > SOUND_LEVEL);
            synchronized (this) {
                packets.add(packet);
                notifyAll();
            }
        }
    }

    /** G.711 u-law to a linear 16-bit sample. */
    private static int ulaw(byte encoded) {
        int u = ~encoded & 0xFF;
        int magnitude = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4);
        return (u & 0x80) != 0 ? 0x84 - magnitude : magnitude - 0x84;
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
