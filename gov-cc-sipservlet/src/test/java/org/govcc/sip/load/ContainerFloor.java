package org.govcc.sip.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.servlet.sip.SipServlet;
import javax.servlet.sip.SipServletRequest;
import org.govcc.sip.container.EmbeddedSipContainer;
import org.govcc.sip.container.SipApplicationDescriptor;
import org.govcc.sip.container.SipXml;

/**
 * The container's own floor for the load script: Restcomm running a servlet that does the least a user agent can
 * (answers INVITE 200 with a fixed SDP, BYE 200, no media, no B2BUA leg). No application on this container can go
 * faster than this, so it shows how much of the line's cost is the container's.
 *
 * <p>Arguments: {@code port}. Runs until killed.
 */
public final class ContainerFloor {

    private ContainerFloor() {
    }

    /** Answers every INVITE and BYE; nothing else. */
    public static class AnsweringServlet extends SipServlet {
        private static final long serialVersionUID = 1L;
        private static final byte[] SDP = ("v=0\r\no=floor 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
                + "t=0 0\r\nm=audio 9 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n").getBytes(StandardCharsets.US_ASCII);

        @Override
        protected void doInvite(SipServletRequest req) throws IOException {
            req.getApplicationSession().setInvalidateWhenReady(true);
            req.getSession().setInvalidateWhenReady(true);
            var ok = req.createResponse(200);
            ok.setContent(SDP, "application/sdp");
            ok.send();
        }

        @Override
        protected void doBye(SipServletRequest req) throws IOException {
            req.createResponse(200).send();
        }

        @Override
        protected void doAck(SipServletRequest req) {
            // nothing to do: the dialog is confirmed
        }
    }

    /** Runs until killed. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = Integer.parseInt(args[0]);
        var descriptor = new SipApplicationDescriptor("floor", SipXml.withMainServlet("floor", AnsweringServlet.class),
                SipApplicationDescriptor.routeAll("floor", "INVITE"), Map.of());
        EmbeddedSipContainer container = new EmbeddedSipContainer(LoadLine.stackSettings(port), descriptor,
                ContainerFloor.class.getClassLoader());
        container.start();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            container.stop();
            stop.countDown();
        }));
        System.out.println("READY " + port);
        stop.await();
    }
}
