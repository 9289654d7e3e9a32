package org.govcc.sip.container;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.catalina.connector.Connector;
import org.mobicents.servlet.sip.startup.SipStandardService;

/**
 * Sends a few OPTIONS through the whole started container (stack, message valve, dispatcher, application router,
 * the servlet's {@code init} and the application's answer) on a connector of its own on a free loopback port, before
 * the real port opens. Without it the first requests on the real port paid for class loading and the application's
 * lazy initialisation: 130-440 ms for the first load balancer probes ({@code ColdStartIT}).
 *
 * <p>The warm-up port is on 127.0.0.1 whatever the line binds, is open only while the warm-up runs, and is closed
 * before the real connectors are added. A warm-up that fails is logged and the start goes on: it only saves time.
 */
final class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());
    /** How many OPTIONS the warm-up sends; the application sees them (they are answered like any probe). */
    static final int ROUNDS = 5;

    private WarmUp() {
    }

    /** Warms {@code service} through a temporary UDP connector; returns how many OPTIONS were answered. */
    static int run(SipStandardService service, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        int answered = 0;
        Connector connector = null;
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = freeUdpPort();
            connector = EmbeddedSipContainer.connector("127.0.0.1", port, SipTransport.UDP);
            service.addConnector(connector);
            byte[] buffer = new byte[16384];
            for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
                byte[] options = options(port, client.getLocalPort(), round).getBytes(StandardCharsets.US_ASCII);
                client.send(new DatagramPacket(options, options.length, InetAddress.getLoopbackAddress(), port));
                if (awaitFinalAnswer(client, buffer, deadline)) {
                    answered++;
                }
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "SIP container warm-up failed; the first requests will be slower", e);
        } finally {
            if (connector != null) {
                try {
                    service.removeConnector(connector);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not remove the warm-up connector", e);
                }
            }
        }
        int n = answered;
        LOG.fine(() -> "SIP container warmed up: " + n + " of " + ROUNDS + " OPTIONS answered");
        return answered;
    }

    private static boolean awaitFinalAnswer(DatagramSocket client, byte[] buffer, long deadline) throws IOException {
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            client.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            try {
                client.receive(p);
            } catch (SocketTimeoutException e) {
                return false;
            }
            String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.ISO_8859_1);
            if (text.startsWith("SIP/2.0 ") && !text.startsWith("SIP/2.0 1")) {
                return true;
            }
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }

    private static String options(int port, int localPort, int round) {
        String callId = "govcc-warm-up-" + round + "-" + localPort + "@127.0.0.1";
        return "OPTIONS sip:127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";rport;branch=z9hG4bK-warm-up-" + localPort + "-"
                + round + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:warm-up@127.0.0.1:" + localPort + ">;tag=warm-up-" + round + "\r\n"
                + "To: <sip:127.0.0.1:" + port + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n";
    }
}
