package org.govcc.sip.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free loopback ports for tests. */
public final class Ports {

    private Ports() {
    }

    /** Returns a port that is free on 127.0.0.1 for both UDP and TCP right now. */
    public static int free() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = tcp.getLocalPort();
            } catch (IOException e) {
                continue;
            }
            if (port < 60000 && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port found");
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
