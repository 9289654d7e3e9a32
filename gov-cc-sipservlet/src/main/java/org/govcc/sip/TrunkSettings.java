package org.govcc.sip;

import java.util.Optional;
import java.util.regex.Pattern;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.internal.Require;
import org.govcc.sip.container.SipTransport;

/**
 * The outbound SIP trunk: where the line sends calls to outside numbers (callbacks, transfers such as 112), over which
 * transport, with which digest credentials if the trunk challenges, and how a number is written in the Request-URI.
 *
 * <p>Immutable and thread-safe. The password is handed in by the caller (the reference app reads it from an
 * owner-only file): it never appears in {@link #toString()}.
 *
 * @param host the trunk's host name or IPv4 address, or an IPv6 address in brackets
 * @param port the trunk's SIP port, 1-65535
 * @param transport how to reach it: UDP or TCP ({@code ;transport=tcp} in every URI the line sends it)
 * @param credentials the digest credentials answering the trunk's 401/407 challenge, once per INVITE; empty means
 *                    none (a challenge then fails the call)
 * @param numberFormat how a number becomes the Request-URI's user part
 * @since 0.1
 */
public record TrunkSettings(String host, int port, SipTransport transport, Optional<Credentials> credentials,
                            NumberFormat numberFormat) {

    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}]");

    /** Validates the values; every message names the field. */
    public TrunkSettings {
        Require.nonBlank(host, "trunk host");
        Require.that(HOST.matcher(host).matches(), "trunk host must be a host name, an IPv4 address or an IPv6 "
                + "address in brackets, but was '" + host + "'");
        Require.inRange(port, 1, 65_535, "trunk port");
        Require.nonNull(transport, "trunk transport");
        Require.nonNull(credentials, "trunk credentials");
        Require.nonNull(numberFormat, "trunk numberFormat");
    }

    /**
     * Parses {@code host:port} into a UDP trunk without credentials that dials numbers as they are.
     *
     * @throws IllegalArgumentException naming the value if it is not {@code host:port}
     */
    public static TrunkSettings parse(String hostPort) {
        Require.nonBlank(hostPort, "trunk address");
        int colon = hostPort.lastIndexOf(':');
        Require.that(colon > 0 && colon < hostPort.length() - 1 && !hostPort.endsWith("]"),
                "trunk address must be host:port, but was '" + hostPort + "'");
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trunk port must be a number, but was '"
                    + hostPort.substring(colon + 1) + "' in '" + hostPort + "'", e);
        }
        return udp(hostPort.substring(0, colon), port);
    }

    /** Returns a UDP trunk at {@code host}:{@code port} without credentials that dials numbers as they are. */
    public static TrunkSettings udp(String host, int port) {
        return new TrunkSettings(host, port, SipTransport.UDP, Optional.empty(), NumberFormat.AS_DIALLED);
    }

    /** Returns a copy reached over {@code newTransport}. */
    public TrunkSettings withTransport(SipTransport newTransport) {
        return new TrunkSettings(host, port, newTransport, credentials, numberFormat);
    }

    /** Returns a copy that answers the trunk's digest challenge as {@code username} with {@code password}. */
    public TrunkSettings withCredentials(String username, String password) {
        return new TrunkSettings(host, port, transport, Optional.of(new Credentials(username, password)),
                numberFormat);
    }

    /** Returns a copy that writes numbers with {@code format}. */
    public TrunkSettings withNumberFormat(NumberFormat format) {
        return new TrunkSettings(host, port, transport, credentials, format);
    }

    /** Returns {@code host:port}. */
    public String hostPort() {
        return host + ":" + port;
    }

    /**
     * Returns the SIP URI of {@code number} on this trunk, e.g. {@code sip:02101234567@trunk.example:5060} or, over
     * TCP, {@code sip:112@trunk.example:5060;transport=tcp}.
     */
    public String uri(PhoneNumber number) {
        Require.nonNull(number, "number");
        return "sip:" + numberFormat.userPart(number) + "@" + hostPort()
                + (transport == SipTransport.TCP ? ";transport=tcp" : "");
    }

    /**
     * The digest credentials of the line on the trunk. The password is never shown by {@link #toString()}.
     *
     * @param username the digest user name; no spaces, quotes or backslashes
     * @param password the password; not empty, no control characters
     */
    public record Credentials(String username, String password) {

        private static final Pattern USERNAME = Pattern.compile("[^\\s\"\\\\\\p{Cntrl}]{1,128}");

        /** Validates the values; the password is never part of a message. */
        public Credentials {
            Require.nonBlank(username, "trunk credentials username");
            Require.that(USERNAME.matcher(username).matches(), "trunk credentials username must be 1-128 characters "
                    + "without spaces, quotes or backslashes, but was '" + username + "'");
            Require.nonNull(password, "trunk credentials password");
            Require.that(!password.isEmpty() && password.length() <= 1024
                    && password.chars().noneMatch(Character::isISOControl),
                    "trunk credentials password must be 1-1024 characters without control characters");
        }

        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=(hidden)]";
        }
    }

    /**
     * How a number becomes the Request-URI's user part: numbers with a leading {@code +} and short codes (at most
     * {@code shortCodeMaxDigits} digits, e.g. 112, 1555) are sent as they are; other (national) numbers get
     * {@code nationalPrefix} in front, e.g. {@code 0}, a carrier's code, or {@code +30} for E.164.
     *
     * @param nationalPrefix digits, optionally after a {@code +}, put before national numbers; may be empty
     * @param shortCodeMaxDigits the longest number left alone as a short code, 2-8
     */
    public record NumberFormat(String nationalPrefix, int shortCodeMaxDigits) {

        // Before AS_DIALLED: the compact constructor needs it while the class initialises.
        private static final Pattern PREFIX = Pattern.compile("\\+?[0-9]{0,8}");

        /** Every number as it is (short codes up to 5 digits). */
        public static final NumberFormat AS_DIALLED = new NumberFormat("", 5);

        /** Validates the values. */
        public NumberFormat {
            Require.nonNull(nationalPrefix, "trunk numberFormat nationalPrefix");
            Require.that(PREFIX.matcher(nationalPrefix).matches(),
                    "trunk numberFormat nationalPrefix must be 0-8 digits, optionally after a +, but was '"
                            + nationalPrefix + "'");
            Require.inRange(shortCodeMaxDigits, 2, 8, "trunk numberFormat shortCodeMaxDigits");
        }

        /** Returns a format that puts {@code prefix} before national numbers, short codes up to 5 digits left alone. */
        public static NumberFormat withNationalPrefix(String prefix) {
            return new NumberFormat(prefix, AS_DIALLED.shortCodeMaxDigits());
        }

        /** Returns the user part for {@code number}. */
        public String userPart(PhoneNumber number) {
            String digits = Require.nonNull(number, "number").digits();
            if (digits.startsWith("+") || digits.length() <= shortCodeMaxDigits) {
                return digits;
            }
            return nationalPrefix + digits;
        }
    }
}
