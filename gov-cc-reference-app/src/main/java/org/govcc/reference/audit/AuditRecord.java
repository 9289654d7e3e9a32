package org.govcc.reference.audit;

import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * An entry as the chain holds it: its number, the key version that chains it, the previous entry's hash and its own.
 *
 * @param sequence its number in the chain, from 1, without gaps
 * @param entry the audited act
 * @param keyVersion the version of the {@code audit-chain} key its hash was made with
 * @param previousHash the previous entry's hash (64 zeros before the first), 64 hex digits
 * @param hash HMAC-SHA-256 of its fields and {@code previousHash} ({@link AuditChain}), 64 hex digits
 */
public record AuditRecord(long sequence, AuditEntry entry, int keyVersion, String previousHash, String hash) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Validates the values. */
    public AuditRecord {
        Require.that(sequence >= 1, "an audit entry's sequence starts at 1, but was " + sequence);
        Require.nonNull(entry, "entry");
        Require.that(keyVersion >= 1, "key version must be at least 1, but was " + keyVersion);
        Require.that(previousHash != null && HEX.matcher(previousHash).matches(),
                "previous hash must be 64 hex digits");
        Require.that(hash != null && HEX.matcher(hash).matches(), "hash must be 64 hex digits");
    }
}
