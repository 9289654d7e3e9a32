package org.govcc.sip;

import java.io.IOException;
import javax.servlet.sip.Address;
import javax.servlet.sip.ServletParseException;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipURI;
import org.govcc.sip.registrar.Registrar;

/** Adapts REGISTER requests to the {@link Registrar} and its outcomes to SIP responses. */
final class RegisterHandler {

    private RegisterHandler() {
    }

    static void handle(Registrar registrar, SipServletRequest req) throws IOException {
        if (!(req.getTo().getURI() instanceof SipURI)) {
            // RFC 3261 10.3 and RFC 4475 3.3.4: an address-of-record is a SIP or SIPS URI.
            req.createResponse(SipServletResponse.SC_BAD_REQUEST, "To must be a SIP URI").send();
            return;
        }
        String aorUser = ((SipURI) req.getTo().getURI()).getUser();
        String contact = null;
        int expires = req.getExpires();
        try {
            Address c = req.getAddressHeader("Contact");
            if (c != null) {
                if (c.isWildcard()) {
                    contact = "*";
                } else {
                    contact = c.getURI().toString();
                    if (c.getExpires() >= 0) {
                        expires = c.getExpires();
                    }
                }
            }
        } catch (ServletParseException e) {
            req.createResponse(SipServletResponse.SC_BAD_REQUEST, "Bad Contact").send();
            return;
        }
        Registrar.Outcome outcome = registrar.register(req.getHeader("Authorization"), aorUser, contact, expires);
        SipServletResponse r;
        if (outcome instanceof Registrar.Outcome.Challenge) {
            r = req.createResponse(SipServletResponse.SC_UNAUTHORIZED);
            r.setHeader("WWW-Authenticate", ((Registrar.Outcome.Challenge) outcome).wwwAuthenticate());
        } else if (outcome instanceof Registrar.Outcome.Forbidden) {
            r = req.createResponse(SipServletResponse.SC_FORBIDDEN);
        } else if (outcome instanceof Registrar.Outcome.IntervalTooBrief) {
            r = req.createResponse(SipServletResponse.SC_INTERVAL_TOO_BRIEF);
            r.setHeader("Min-Expires", Integer.toString(((Registrar.Outcome.IntervalTooBrief) outcome).minExpires()));
        } else if (outcome instanceof Registrar.Outcome.Registered) {
            Registrar.Outcome.Registered reg = (Registrar.Outcome.Registered) outcome;
            r = req.createResponse(SipServletResponse.SC_OK);
            if (reg.expires() > 0) {
                r.setHeader("Contact", "<" + reg.contact() + ">;expires=" + reg.expires());
            }
            r.setHeader("Expires", Integer.toString(reg.expires()));
        } else {
            Registrar.Outcome.Query q = (Registrar.Outcome.Query) outcome;
            r = req.createResponse(SipServletResponse.SC_OK);
            q.binding().ifPresent(b -> r.setHeader("Contact", "<" + b.contact() + ">"));
        }
        r.send();
    }
}
