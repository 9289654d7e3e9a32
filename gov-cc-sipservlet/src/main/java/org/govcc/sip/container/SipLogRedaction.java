package org.govcc.sip.container;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes callers' identities out of what Restcomm and the JAIN SIP stack log. Their errors quote whole SIP messages
 * (a BYE for a call already ended is logged with its From and Contact), and on a sealed line the caller's number
 * must not reach a log. Replaced with {@value #MASK}: the user part of every sip:, sips: and tel: URI, the value of
 * every header that names a party (From, To, Contact and the identity headers; a {@code tag} is kept, it
 * correlates), and any other number of seven digits or more. What is left (methods, statuses, Call-IDs, branches,
 * hosts and ports) is what a log needs to find a call. Used for Restcomm's own records ({@code RestcommLogging}) and
 * for the exceptions from Restcomm's SIP API that the line logs. Thread-safe.
 *
 * <p>Public only for the line's packages; not API.
 */
public final class SipLogRedaction {

    static final String MASK = "***";

    private static final Pattern PARTY_HEADER = Pattern.compile("(?im)^(From|f|To|t|Contact|m|Reply-To|Referred-By|b"
            + "|Refer-To|r|P-Asserted-Identity|P-Preferred-Identity|Remote-Party-ID|Diversion|History-Info)"
            + "([ \\t]*:)[^\\r\\n]*?((?:;[ \\t]*tag=[^;\\s]+)?)[ \\t]*$");
    private static final Pattern SIP_USER = Pattern.compile("(?i)\\b(sips?:)[^@\\s<>;,\"]+@");
    private static final Pattern TEL = Pattern.compile("(?i)\\btel:[^\\s<>;,\"]+");
    /** Seven digits or more standing alone (not inside a tag, a branch or a hex Call-ID). */
    private static final Pattern DIGITS = Pattern.compile("(?<![A-Za-z0-9_+])\\+?\\d{7,}(?![A-Za-z0-9_])");
    /** How long a chain of causes is redacted; longer ones are cut. */
    private static final int MAX_CAUSES = 16;

    private SipLogRedaction() {
    }

    /** Returns {@code text} with every caller identity in it masked; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = replace(PARTY_HEADER, text, m -> m.group(1) + m.group(2) + " " + MASK + m.group(3));
        out = replace(SIP_USER, out, m -> m.group(1) + MASK + "@");
        out = replace(TEL, out, m -> "tel:" + MASK);
        return replace(DIGITS, out, m -> MASK);
    }

    /**
     * Returns a throwable that prints like {@code thrown} (its class name, its stack, its causes) with every message
     * redacted; null stays null.
     */
    public static Throwable redact(Throwable thrown) {
        return redact(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable redact(Throwable thrown, Set<Throwable> above) {
        if (thrown == null || above.size() >= MAX_CAUSES || !above.add(thrown)) {
            return null; // the end of the chain, or a cause that is its own ancestor
        }
        Redacted copy = new Redacted(thrown.getClass().getName(), redact(thrown.getMessage()),
                redact(thrown.getCause(), above));
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** A stand-in for a logged throwable: the original's class name and stack, a redacted message. */
    static final class Redacted extends Exception {

        private static final long serialVersionUID = 1L;
        private final String originalClass;

        Redacted(String originalClass, String message, Throwable cause) {
            super(message, cause, false, true);
            this.originalClass = originalClass;
        }

        /** The class of the throwable this stands for. */
        String originalClass() {
            return originalClass;
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? originalClass : originalClass + ": " + message;
        }
    }
}
