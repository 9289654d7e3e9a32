package org.govcc.reference.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.govcc.api.internal.Require;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.VersionedKey;

/**
 * The chain's arithmetic, shared by the trail that appends and the verifier that walks it (in the server and on the
 * command line): an entry's hash is HMAC-SHA-256, under a version of the {@link KeyPurpose#AUDIT_CHAIN} key, of its
 * canonical encoding, which holds every field, the key version and the previous entry's hash. The head's MAC
 * authenticates the chain's ends the same way.
 *
 * <p>The canonical encoding is a label ({@code govcc-audit-v1}) and then each value as its UTF-8 length (4 bytes,
 * big-endian) and bytes, instants as their microseconds since the epoch in decimal: no two different entries encode
 * alike, and the encoding does not depend on the database, the JVM's time zone or its locale. Stateless; thread-safe.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String ENTRY_LABEL = "govcc-audit-v1";
    private static final String HEAD_LABEL = "govcc-audit-head-v1";

    private AuditChain() {
    }

    /** The hash of entry {@code sequence} holding {@code entry}, chained to {@code previousHash}, under {@code key}. */
    public static String hash(long sequence, AuditEntry entry, String previousHash, VersionedKey key) {
        Require.nonNull(entry, "entry");
        Require.nonNull(previousHash, "previous hash");
        return mac(key, ENTRY_LABEL, Long.toString(sequence), entry.user(), entry.role(), micros(entry.at()),
                entry.action().name(), entry.subject().type(), entry.subject().id(), entry.reason(),
                micros(entry.retainUntil()), Integer.toString(key.version()), previousHash);
    }

    /** The MAC of the chain's head: its last entry and hash, and where it starts (which a purge moves). */
    public static String headMac(long lastSequence, String lastHash, long firstSequence, String firstPreviousHash,
                                 VersionedKey key) {
        return mac(key, HEAD_LABEL, Long.toString(lastSequence), lastHash, Long.toString(firstSequence),
                firstPreviousHash);
    }

    /** Whether two hex MACs are equal, in time that does not depend on where they differ. */
    static boolean same(String a, String b) {
        return a != null && b != null && java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String micros(Instant at) {
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at));
    }

    private static String mac(VersionedKey key, String... values) {
        Require.nonNull(key, "key");
        Require.that(key.purpose() == KeyPurpose.AUDIT_CHAIN, "the audit chain is keyed with AUDIT_CHAIN keys, not "
                + key.purpose());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.key().getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(out.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available with " + key.alias() + ": " + e, e);
        }
    }
}
