package org.govcc.sip;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipServletResponse;
import org.govcc.api.call.PhoneNumber;
import org.govcc.sip.container.SipLogRedaction;

/** The line's side of its trunk: the URI of an outside number, and the answer to the trunk's digest challenge. */
final class TrunkChallenges {

    private static final Logger LOG = Logger.getLogger(TrunkChallenges.class.getName());

    private final SipLineSettings settings;
    private final Supplier<SipFactory> factory;

    TrunkChallenges(SipLineSettings settings, Supplier<SipFactory> factory) {
        this.settings = settings;
        this.factory = factory;
    }

    /** Returns the trunk's URI for {@code number} (its number format and transport); only with a trunk configured. */
    String uri(PhoneNumber number) {
        return settings.trunk().orElseThrow().uri(number);
    }

    /**
     * Answers a trunk's 401/407 challenge to our INVITE once, with the trunk's credentials: a new INVITE in the same
     * session (same dialog identifiers, next CSeq) with the same body and our own headers. Returns it, or null when the
     * trunk has no credentials or the INVITE could not be re-sent (then the call fails as on any final answer).
     */
    SipServletRequest answer(SipServletResponse challenge, SipServletRequest original) {
        Optional<TrunkSettings.Credentials> credentials = settings.trunk().flatMap(TrunkSettings::credentials);
        if (credentials.isEmpty()) {
            LOG.warning(() -> "the trunk asked for credentials (" + challenge.getStatus() + ") and the line has none");
            return null;
        }
        try {
            javax.servlet.sip.AuthInfo auth = factory.get().createAuthInfo();
            java.util.Iterator<String> realms = challenge.getChallengeRealms();
            while (realms.hasNext()) {
                auth.addAuthInfo(challenge.getStatus(), realms.next(), credentials.get().username(),
                        credentials.get().password());
            }
            SipServletRequest again = challenge.getSession().createRequest("INVITE");
            again.addAuthHeader(challenge, auth);
            // The container copies neither the body nor our own headers to the new request (Restcomm issue 147).
            again.setContent(original.getRawContent(), original.getContentType());
            for (String header : List.of("Privacy", "X-GovCC-Call")) {
                String value = original.getHeader(header);
                if (value != null) {
                    again.setHeader(header, value);
                }
            }
            again.send();
            return again;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not answer the trunk's challenge", SipLogRedaction.redact(e));
            return null;
        }
    }
}
