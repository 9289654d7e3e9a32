package org.govcc.sip.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free loopback ports for tests, kept out of each other's way: single ports never come from the ranges the ITs'
 * lines use for RTP and SIP (32000-36999, 55000-55999), from the blocks handed to sipp for media (40000-44999), or
 * from the load script's range (47000-47999).
 *
 * <p>Several people running ITs on one machine can give each run ranges of its own by system property, without
 * changing the defaults above: {@value #SIP_PORTS} ({@code FIRST-LAST}) is where {@link #free()} takes single ports
 * (the line's SIP port, sipp's), and {@value #RTP_PORTS} ({@code FIRST-LAST}) is split in two: its lower half for the
 * line's RTP ({@link #lineRtp(int, int)}), its upper half for sipp's media blocks ({@link #freeMediaBlock()}).
 */
public final class Ports {

    /** System property: the range single ports come from, {@code FIRST-LAST}. */
    public static final String SIP_PORTS = "govcc.it.sip.ports";
    /** System property: the range the line's RTP ports and sipp's media blocks come from, {@code FIRST-LAST}. */
    public static final String RTP_PORTS = "govcc.it.rtp.ports";

    private static final int MEDIA_FIRST;
    private static final int MEDIA_BLOCKS;
    private static final int[] SIP_RANGE = range(SIP_PORTS);
    private static final int[] RTP_RANGE = range(RTP_PORTS);
    private static final AtomicInteger NEXT_SINGLE = new AtomicInteger();
    // Ports already handed out by free(): a port handed to a peer that has not bound it yet is still free, and
    // the kernel may offer it again (once both a sipp phone and its registration got the same port).
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    static {
        if (RTP_RANGE == null) {
            MEDIA_FIRST = 40000;
            MEDIA_BLOCKS = 1250;
        } else {
            MEDIA_FIRST = middle(RTP_RANGE) + 1;
            MEDIA_BLOCKS = Math.max(1, (RTP_RANGE[1] - MEDIA_FIRST + 1) / 4);
        }
    }

    private static final AtomicInteger NEXT_MEDIA_BLOCK =
            new AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(MEDIA_BLOCKS));

    private Ports() {
    }

    /**
     * Returns the RTP range for a line in an IT: {@code first}-{@code last} by default, the lower half of
     * {@value #RTP_PORTS} when that is set (every line of such a run shares it; ITs run one line at a time).
     */
    public static int[] lineRtp(int first, int last) {
        return RTP_RANGE == null ? new int[] {first, last} : new int[] {RTP_RANGE[0], middle(RTP_RANGE)};
    }

    private static int middle(int[] range) {
        return range[0] + (range[1] - range[0]) / 2;
    }

    private static int[] range(String property) {
        String value = System.getProperty(property, "").trim();
        if (value.isEmpty()) {
            return null;
        }
        String[] parts = value.split("-");
        try {
            int first = Integer.parseInt(parts[0].trim());
            int last = Integer.parseInt(parts[parts.length - 1].trim());
            if (parts.length != 2 || first < 1024 || last > 65535 || last - first < 7) {
                throw new IllegalArgumentException(property + " must be FIRST-LAST, 1024-65535, 8 ports at least: "
                        + value);
            }
            return new int[] {first, last};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be FIRST-LAST: " + value, e);
        }
    }

    /**
     * Returns the first of four free consecutive ports for a sipp media port ({@code -mp}): sipp binds the audio
     * port, the one after it, and two more for video, so a single free port is not enough (a video socket once took
     * the line's SIP port).
     */
    public static int freeMediaBlock() {
        for (int attempt = 0; attempt < MEDIA_BLOCKS; attempt++) {
            int first = MEDIA_FIRST + 4 * Math.floorMod(NEXT_MEDIA_BLOCK.getAndIncrement(), MEDIA_BLOCKS);
            if (isFree(first) && isFree(first + 1) && isFree(first + 2) && isFree(first + 3)) {
                return first;
            }
        }
        throw new IllegalStateException("no four free consecutive loopback ports in the media blocks");
    }

    /**
     * Returns a port that is free on 127.0.0.1 for both UDP and TCP right now and that this JVM has not handed out
     * before (outside {@value #SIP_PORTS}, whose ports are taken in turn).
     */
    public static int free() {
        if (SIP_RANGE != null) {
            int size = SIP_RANGE[1] - SIP_RANGE[0] + 1;
            for (int attempt = 0; attempt < size; attempt++) {
                int port = SIP_RANGE[0] + Math.floorMod(NEXT_SINGLE.getAndIncrement(), size);
                if (isFree(port)) {
                    return port;
                }
            }
            throw new IllegalStateException("no free loopback port in " + SIP_PORTS + " " + SIP_RANGE[0] + "-"
                    + SIP_RANGE[1]);
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int port;
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = tcp.getLocalPort();
            } catch (IOException e) {
                continue;
            }
            if (port < 60000 && !reserved(port) && isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port found");
    }

    // 36000-36999 and 55000-55999: the RTP ranges and SIP ports of the reference app's ITs that run servers of
    // their own, beside Arquillian's tests (which draw their sipps' ports here meanwhile).
    private static boolean reserved(int port) {
        return (port >= 32000 && port < 37000) || (port >= MEDIA_FIRST && port < MEDIA_FIRST + 4 * MEDIA_BLOCKS)
                || (port >= 47000 && port < 48000) || (port >= 55000 && port < 56000);
    }

    /** Returns whether {@code port} can be bound on 127.0.0.1 for both UDP and TCP. */
    public static boolean isFree(int port) {
        try (DatagramSocket udp = new DatagramSocket(null)) {
            udp.setReuseAddress(false);
            udp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            return false;
        }
        try (ServerSocket tcp = new ServerSocket()) {
            tcp.setReuseAddress(true);
            tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            return false;
        }
        return true;
    }
}
