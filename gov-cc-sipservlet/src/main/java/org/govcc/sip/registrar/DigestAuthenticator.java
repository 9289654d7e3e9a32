package org.govcc.sip.registrar;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.govcc.api.internal.Require;

/**
 * HTTP Digest authentication for SIP (RFC 3261 section 22, RFC 2617 / RFC 7616 with MD5 and qop=auth).
 *
 * <p>Nonces are stateless: {@code <issued-millis>.<random>.<HMAC-SHA256(secret, issued-millis.random)>}, so any
 * node with the same secret can verify them; a nonce older than its lifetime is answered with {@code stale=true}, which makes the phone
 * retry with the new nonce without asking the user.
 *
 * <p>Replays are refused: with {@code qop=auth} each nonce's count ({@code nc}) must grow from one request to the
 * next, and a nonce used without {@code qop} is good once. A replayed header gets a fresh challenge, so a phone that
 * lost count simply answers it, while a captured REGISTER cannot be sent again. The counts are kept per node for a
 * nonce's lifetime. Thread-safe.
 *
 * @since 0.1
 */
public final class DigestAuthenticator {

    /** What a check concluded. */
    public enum Verdict {
        /** The credentials are right and the nonce is fresh. */
        OK,
        /** The credentials were right for an expired nonce: challenge again with {@code stale=true}. */
        STALE,
        /** The credentials were right but were used before (same nonce, no higher count): challenge again. */
        REPLAYED,
        /** Missing, malformed or wrong credentials. */
        REJECTED
    }

    private final String realm;
    private final Duration nonceLifetime;
    private final Clock clock;
    private final byte[] secret;
    private final SecureRandom random = new SecureRandom();
    /** The highest count accepted per fresh nonce (0 for a nonce used without qop). */
    private final ConcurrentHashMap<String, Long> acceptedCounts = new ConcurrentHashMap<>();
    private volatile long lastForget;

    /** Creates an authenticator for {@code realm} with a random secret. */
    public DigestAuthenticator(String realm, Duration nonceLifetime, Clock clock) {
        this.realm = Require.nonBlank(realm, "realm");
        this.nonceLifetime = Require.nonNull(nonceLifetime, "nonceLifetime");
        this.clock = Require.nonNull(clock, "clock");
        this.secret = new byte[32];
        random.nextBytes(secret);
    }

    /** The realm. */
    public String realm() {
        return realm;
    }

    /** Returns a {@code WWW-Authenticate} header value with a fresh nonce. */
    public String challenge(boolean stale) {
        return "Digest realm=\"" + realm + "\", nonce=\"" + newNonce() + "\", algorithm=MD5, qop=\"auth\""
                + (stale ? ", stale=true" : "");
    }

    /** Returns the user name in an {@code Authorization} header value, or null. */
    public static String username(String authorization) {
        return authorization == null ? null : parse(authorization).get("username");
    }

    /**
     * Checks an {@code Authorization} header value for {@code method} against {@code account}.
     */
    public Verdict verify(String authorization, String method, AgentAccount account) {
        if (authorization == null || account == null) {
            return Verdict.REJECTED;
        }
        Map<String, String> p = parse(authorization);
        String nonce = p.get("nonce");
        String uri = p.get("uri");
        String response = p.get("response");
        String algorithm = p.getOrDefault("algorithm", "MD5");
        if (nonce == null || uri == null || response == null || !realm.equals(p.get("realm"))
                || !account.username().equals(p.get("username")) || !"MD5".equalsIgnoreCase(algorithm)) {
            return Verdict.REJECTED;
        }
        long issued = nonceIssuedAt(nonce);
        if (issued < 0) {
            return Verdict.REJECTED;
        }
        String ha2 = AgentAccount.md5Hex(method + ":" + uri);
        String qop = p.get("qop");
        String expected;
        long count = 0;
        if (qop == null) {
            expected = AgentAccount.md5Hex(account.ha1() + ":" + nonce + ":" + ha2);
        } else if ("auth".equalsIgnoreCase(qop) && p.get("nc") != null && p.get("cnonce") != null) {
            count = nonceCount(p.get("nc"));
            if (count <= 0) {
                return Verdict.REJECTED;
            }
            expected = AgentAccount.md5Hex(account.ha1() + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce")
                    + ":" + qop + ":" + ha2);
        } else {
            return Verdict.REJECTED;
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.REJECTED;
        }
        if (clock.millis() - issued > nonceLifetime.toMillis()) {
            return Verdict.STALE;
        }
        return firstUse(nonce, count) ? Verdict.OK : Verdict.REPLAYED;
    }

    /** Returns the 8-hex-digit nonce count as a number, or -1 if it is not one. */
    private static long nonceCount(String nc) {
        if (nc.isEmpty() || nc.length() > 8) {
            return -1;
        }
        try {
            return Long.parseLong(nc, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Records {@code count} for {@code nonce}; returns false if that count or a higher one was accepted before. */
    private boolean firstUse(String nonce, long count) {
        forgetStaleNonces();
        boolean[] first = {false};
        acceptedCounts.compute(nonce, (n, before) -> {
            if (before == null || count > before) {
                first[0] = true;
                return count;
            }
            return before;
        });
        return first[0];
    }

    /** Drops the counts of nonces that are stale anyway (a stale nonce is refused before its count matters). */
    private void forgetStaleNonces() {
        long now = clock.millis();
        long lifetime = nonceLifetime.toMillis();
        if (now - lastForget < lifetime / 2) {
            return;
        }
        lastForget = now;
        acceptedCounts.keySet().removeIf(n -> now - nonceIssuedAt(n) > lifetime);
    }

    /**
     * Returns {@code millis.random.hmac}: the random part makes two challenges of one millisecond differ, or the
     * second phone to answer its challenge would be refused as a replay of the first (the counts are per nonce).
     */
    private String newNonce() {
        byte[] unique = new byte[8];
        random.nextBytes(unique);
        String t = clock.millis() + "." + HexFormat.of().formatHex(unique);
        return t + "." + hmac(t);
    }

    /** Returns when the nonce was issued, or -1 if it was not issued by this authenticator. */
    private long nonceIssuedAt(String nonce) {
        int dot = nonce.lastIndexOf('.');
        int first = nonce.indexOf('.');
        if (first <= 0 || first == dot) {
            return -1;
        }
        String t = nonce.substring(0, dot);
        if (!MessageDigest.isEqual(hmac(t).getBytes(StandardCharsets.US_ASCII),
                nonce.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return -1;
        }
        try {
            return Long.parseLong(nonce.substring(0, first));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)), 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Parses {@code Digest k=v, k="v", ...} (quoted values may hold commas). */
    static Map<String, String> parse(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        String s = header.trim();
        if (s.regionMatches(true, 0, "Digest", 0, 6)) {
            s = s.substring(6);
        }
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = s.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            String value;
            if (i < n && s.charAt(i) == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) {
                    end = n;
                }
                value = s.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = s.indexOf(',', i);
                if (end < 0) {
                    end = n;
                }
                value = s.substring(i, end).trim();
                i = end;
            }
            out.put(key, value);
        }
        return out;
    }
}
