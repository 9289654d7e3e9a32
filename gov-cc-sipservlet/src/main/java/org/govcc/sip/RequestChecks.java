package org.govcc.sip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import javax.servlet.sip.SipURI;

/**
 * What RFC 3261 section 8.2.2 asks a UAS to refuse before it looks at a request's meaning: a Request-URI scheme it
 * does not serve (416) and a Require naming an extension it does not support (420 with {@code Unsupported}). The
 * line supports no extension a client may require (no 100rel, no timer), and only {@code sip:} and {@code sips:}.
 */
final class RequestChecks {

    private RequestChecks() {
    }

    /** Answers {@code req} with 416 or 420 if it must be refused; returns whether it was. ACK and CANCEL pass. */
    static boolean refused(SipServletRequest req) throws IOException {
        String method = req.getMethod();
        if ("ACK".equals(method) || "CANCEL".equals(method)) {
            return false; // RFC 3261 8.2.2.3: Require is not checked on these; they get no such response
        }
        if (req.isInitial() && !(req.getRequestURI() instanceof SipURI)) {
            req.createResponse(SipServletResponse.SC_UNSUPPORTED_URI_SCHEME).send();
            return true;
        }
        List<String> unsupported = new ArrayList<>();
        for (Iterator<String> it = req.getHeaders("Require"); it.hasNext(); ) {
            for (String tag : it.next().split(",")) {
                String t = tag.trim().toLowerCase(Locale.ROOT);
                if (!t.isEmpty() && !unsupported.contains(t)) {
                    unsupported.add(t);
                }
            }
        }
        if (unsupported.isEmpty()) {
            return false;
        }
        SipServletResponse r = req.createResponse(SipServletResponse.SC_BAD_EXTENSION);
        r.setHeader("Unsupported", String.join(", ", unsupported));
        r.send();
        return true;
    }
}
