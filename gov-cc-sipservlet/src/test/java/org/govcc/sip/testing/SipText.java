package org.govcc.sip.testing;

import java.util.Locale;

/** Reads the few things tests need from a SIP message held as text: a response's status and a header's value. */
public final class SipText {

    private SipText() {
    }

    /** Returns the status of a response ({@code SIP/2.0 NNN ...}), or -1 if {@code message} is not a response. */
    public static int status(String message) {
        if (!message.startsWith("SIP/2.0 ") || message.length() < 11) {
            return -1;
        }
        try {
            return Integer.parseInt(message.substring(8, 11));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Returns the value of the first header named {@code name} or {@code compact} (its RFC 3261 short form, may be
     * null), case-insensitively and with the spaces around the colon allowed; "" if there is none.
     */
    public static String header(String message, String name, String compact) {
        int end = message.indexOf("\r\n\r\n");
        String head = end < 0 ? message : message.substring(0, end);
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (field.equals(name.toLowerCase(Locale.ROOT))
                    || (compact != null && field.equals(compact.toLowerCase(Locale.ROOT)))) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }
}
