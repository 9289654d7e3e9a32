package org.govcc.sip;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.servlet.sip.SipServletRequest;
import javax.servlet.sip.SipURI;
import javax.servlet.sip.URI;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.CallerPseudonyms;
import org.govcc.api.call.LineId;
import org.govcc.api.call.NumberSeal;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.govcc.api.internal.Require;

/**
 * Who calls, as the SIP edge lets it into the line: the From's number on a standard line; on a sealed line a
 * pseudonym of it ({@link CallerPseudonyms}, e.g. a keyed hash) or nothing, so that the number goes no further than
 * the INVITE that brought it. A caller who asked for privacy (RFC 3323 {@code Privacy: id}) or presented no number
 * is anonymous on every line, and nothing is linked.
 *
 * <p>Thread-safe. Nothing here logs a number.
 */
final class CallerIdentities {

    private static final Logger LOG = Logger.getLogger(CallerIdentities.class.getName());
    /** The From of RFC 3323 section 4.1.1.3: who calls is withheld. */
    static final String ANONYMOUS = "\"Anonymous\" <sip:anonymous@anonymous.invalid>";

    private final SipLineSettings settings;
    private volatile CallerPseudonyms pseudonyms = CallerPseudonyms.none();
    private volatile NumberSeal seal = NumberSeal.none();

    CallerIdentities(SipLineSettings settings) {
        this.settings = settings;
    }

    /** Sealed lines' callers get pseudonyms from {@code source} from now on (by default they stay anonymous). */
    void pseudonymiseWith(CallerPseudonyms source) {
        this.pseudonyms = Require.nonNull(source, "pseudonyms");
    }

    /** Sealed lines' callers' numbers are sealed by {@code source} from now on, so that they can be called back. */
    void sealWith(NumberSeal source) {
        this.seal = Require.nonNull(source, "seal");
    }

    /**
     * The number of the caller of {@code req}, an initial INVITE on sealed line {@code line}, sealed: empty on a
     * standard line, for a caller who presented no number or asked for privacy, and when it cannot be sealed.
     */
    Optional<SealedNumber> sealedNumber(LineId line, SipServletRequest req) {
        Optional<PhoneNumber> number = presented(req).number();
        if (!settings.isSealed(line) || number.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(seal.seal(number.get()));
        } catch (RuntimeException e) {
            LOG.fine(() -> "a caller on sealed line " + line.value() + " cannot be called back: "
                    + e.getClass().getName());
            return Optional.empty();
        }
    }

    /**
     * The number {@code sealed} holds, to dial it.
     *
     * @throws IllegalArgumentException if it does not open; the message never holds the number
     */
    PhoneNumber open(SealedNumber sealed) {
        try {
            return seal.open(sealed);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the sealed number does not open (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /**
     * Returns the From of an INVITE the line sends for {@code call}: the caller's number on a standard line, the
     * anonymous identity of RFC 3323 on a sealed line or for a caller who presented no number.
     */
    String fromOf(Call call) {
        Optional<PhoneNumber> number = call.caller().number();
        if (settings.isSealed(call.line()) || number.isEmpty()) {
            return ANONYMOUS;
        }
        return "<sip:" + number.get().digits() + "@" + settings.realm() + ">";
    }

    /** The caller of {@code req}, an initial INVITE on {@code line}. */
    CallerId of(LineId line, SipServletRequest req) {
        CallerId presented = presented(req);
        if (!settings.isSealed(line) || presented.number().isEmpty()) {
            return presented;
        }
        try {
            return CallerId.pseudonymous(pseudonyms.pseudonymOf(presented.number().get()));
        } catch (RuntimeException e) {
            // Dropped, never kept in clear: the call goes on anonymous. Only the exception's class is logged, in
            // case a faulty pseudonymiser put the number in its message.
            LOG.fine(() -> "a caller on sealed line " + line.value() + " stays anonymous: " + e.getClass().getName());
            return CallerId.anonymous();
        }
    }

    private static CallerId presented(SipServletRequest req) {
        String privacy = req.getHeader("Privacy");
        if (privacy != null && privacy.toLowerCase(Locale.ROOT).contains("id")) {
            return CallerId.anonymous();
        }
        URI from = req.getFrom().getURI();
        String user = from instanceof SipURI ? ((SipURI) from).getUser() : null;
        if (user != null) {
            try {
                return CallerId.of(new PhoneNumber(user));
            } catch (IllegalArgumentException e) {
                return CallerId.anonymous(); // a name, "anonymous", or anything else that is not a number
            }
        }
        return CallerId.anonymous();
    }
}
