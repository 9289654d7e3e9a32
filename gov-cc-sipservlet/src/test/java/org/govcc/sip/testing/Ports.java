package org.govcc.sip.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free loopback ports for tests, kept out of each other's way: single ports never come from the ranges the ITs'
 * lines use for RTP (32000-35999), from the blocks handed to sipp for media (40000-44999), or from the load
 * script's range (47000-47999).
 */
public final class Ports {

    private static final int MEDIA_FIRST = 40000;
    private static final int MEDIA_BLOCKS = 1250;
    private static final AtomicInteger NEXT_MEDIA_BLOCK =
            new AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(MEDIA_BLOCKS));

    private Ports() {
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

    /** Returns a port that is free on 127.0.0.1 for both UDP and TCP right now. */
    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port;
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = tcp.getLocalPort();
            } catch (IOException e) {
                continue;
            }
            if (port < 60000 && !reserved(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port found");
    }

    private static boolean reserved(int port) {
        return (port >= 32000 && port < 36000) || (port >= MEDIA_FIRST && port < MEDIA_FIRST + 4 * MEDIA_BLOCKS)
                || (port >= 47000 && port < 48000);
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
