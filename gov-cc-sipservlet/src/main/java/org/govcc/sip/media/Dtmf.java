package org.govcc.sip.media;

import java.util.Locale;

/**
 * DTMF helpers: RFC 4733 event codes and SIP INFO {@code application/dtmf-relay} bodies.
 *
 * @since 0.1
 */
public final class Dtmf {

    private static final String EVENTS = "0123456789*#ABCD";

    private Dtmf() {
    }

    /** Returns the digit of RFC 4733 event code {@code event} (0-15), or 0 if it is not a DTMF digit. */
    public static char eventToDigit(int event) {
        return event >= 0 && event < EVENTS.length() ? EVENTS.charAt(event) : 0;
    }

    /** Returns the RFC 4733 event code of {@code digit}, or -1. */
    public static int digitToEvent(char digit) {
        return EVENTS.indexOf(Character.toUpperCase(digit));
    }

    /**
     * Returns the digit of an {@code application/dtmf-relay} body ({@code Signal=5\r\nDuration=160}), or 0 if the
     * body carries no valid signal. Accepts the event number form ({@code Signal=11} for '#') too.
     */
    public static char parseDtmfRelay(String body) {
        if (body == null) {
            return 0;
        }
        for (String line : body.split("\r?\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("signal")) {
                String v = line.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
                if (v.length() == 1 && EVENTS.indexOf(v.charAt(0)) >= 0) {
                    return v.charAt(0);
                }
                try {
                    return eventToDigit(Integer.parseInt(v));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
