package org.govcc.sip.container;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.ServletException;
import javax.sip.message.Response;
import javax.servlet.sip.SipServlet;
import javax.servlet.sip.SipServletRequest;

/** A test servlet: answers OPTIONS 200 and counts them in the counter it finds in its servlet context. */
public class ProbeServlet extends SipServlet {
    private static final long serialVersionUID = 1L;

    /** The context attribute holding the {@link AtomicInteger} counter. */
    public static final String COUNTER = "probe.counter";

    @Override
    protected void doOptions(SipServletRequest req) throws ServletException, IOException {
        ((AtomicInteger) getServletContext().getAttribute(COUNTER)).incrementAndGet();
        req.createResponse(Response.OK).send();
    }
}
