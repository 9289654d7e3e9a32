package org.govcc.sip;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServlet;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;

/**
 * The gov-cc SIP servlet (JSR 289): a thin adapter that hands every request and response to the
 * {@link GovCcSipApplication} it finds in its servlet context (put there by the launcher before start).
 *
 * <p>Public only because the container instantiates it by name; not API.
 *
 * @since 0.1
 */
public class GovCcSipServlet extends SipServlet {

    private static final long serialVersionUID = 1L;

    private transient GovCcSipApplication application;

    @Override
    public void init() throws ServletException {
        Object app = getServletContext().getAttribute(GovCcSipApplication.CONTEXT_ATTRIBUTE);
        if (!(app instanceof GovCcSipApplication)) {
            throw new ServletException("servlet context attribute " + GovCcSipApplication.CONTEXT_ATTRIBUTE
                    + " must hold the GovCcSipApplication, but was " + app);
        }
        application = (GovCcSipApplication) app;
        application.attach((SipFactory) getServletContext().getAttribute(SIP_FACTORY));
    }

    @Override
    protected void doRequest(SipServletRequest req) throws ServletException, IOException {
        application.handle(req);
    }

    @Override
    protected void doResponse(SipServletResponse resp) throws ServletException, IOException {
        application.handle(resp);
    }
}
