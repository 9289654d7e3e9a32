package org.govcc.sip;

/**
 * Reads the status line of a {@code message/sipfrag} body (RFC 3420), as carried by the NOTIFYs of a REFER's implicit
 * subscription (RFC 3515), e.g. {@code SIP/2.0 200 OK}. Stateless.
 */
final class Sipfrag {

    private static final String VERSION = "SIP/2.0 ";

    private Sipfrag() {
    }

    /**
     * Returns the status code of the sipfrag's status line, or -1 when the body does not start with one.
     *
     * @param body the sipfrag text; null gives -1
     */
    static int status(String body) {
        if (body == null) {
            return -1;
        }
        String text = body.strip();
        if (text.length() < VERSION.length() + 3 || !text.regionMatches(true, 0, VERSION, 0, VERSION.length())) {
            return -1;
        }
        int code = 0;
        for (int i = VERSION.length(); i < VERSION.length() + 3; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            code = code * 10 + (c - '0');
        }
        boolean ends = text.length() == VERSION.length() + 3 || text.charAt(VERSION.length() + 3) == ' '
                || text.charAt(VERSION.length() + 3) == '\r' || text.charAt(VERSION.length() + 3) == '\n';
        return ends && code >= 100 && code <= 699 ? code : -1;
    }
}
