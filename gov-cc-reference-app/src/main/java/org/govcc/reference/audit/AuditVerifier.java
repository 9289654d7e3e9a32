package org.govcc.reference.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.govcc.api.internal.Require;
import org.govcc.reference.audit.AuditVerification.Breakage;
import org.govcc.reference.audit.AuditVerification.BrokenLink;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.MissingKeyException;
import org.govcc.reference.security.keys.SecretKeys;
import org.govcc.reference.security.keys.VersionedKey;

/**
 * Walks the audit chain over plain JDBC (in the server and in the command-line tool, {@link AuditVerifierTool}) and
 * reports the first broken link: for each entry in number order, that its number follows the one before (else the
 * missing one is named), that its hash matches its fields under its key version (else it was altered), and that its
 * previous hash is the hash before it (else the link is broken); then that the chain ends where its authenticated
 * head says. Entries appended after the head was read are left for the next walk.
 *
 * <p>Instants are read as the database holds them: H2's {@code TIMESTAMP} columns in UTC (the line's H2 URL sets
 * {@code TIME ZONE=UTC}), PostgreSQL's {@code TIMESTAMP WITH TIME ZONE} as instants, whatever the tool's own time zone.
 * Stateless; thread-safe.
 */
public final class AuditVerifier {

    private static final String HEAD = "SELECT LAST_SEQ, LAST_HASH, FIRST_SEQ, FIRST_PREV_HASH, KEY_VERSION, HEAD_MAC"
            + " FROM GOVCC_AUDIT_HEAD WHERE ID = 1";
    private static final String ENTRIES = "SELECT SEQ, ACTOR, ACTOR_ROLE, AT, ACTION, SUBJECT_TYPE, SUBJECT_ID,"
            + " REASON, RETAIN_UNTIL, KEY_VERSION, PREV_HASH, HASH FROM GOVCC_AUDIT ORDER BY SEQ";

    private AuditVerifier() {
    }

    /** The chain's head row. */
    private record Head(long lastSequence, String lastHash, long firstSequence, String firstPreviousHash,
                        Integer keyVersion, String mac) {
    }

    /**
     * Walks the chain behind {@code connection} with the audit-chain keys of {@code keys}.
     *
     * @throws IllegalStateException if the tables cannot be read (not a gov-cc database at schema version 9)
     */
    public static AuditVerification verify(Connection connection, SecretKeys keys) {
        Require.nonNull(connection, "connection");
        Require.nonNull(keys, "keys");
        try {
            // PostgreSQL streams a result by its fetch size only inside a transaction; otherwise it would hold the
            // whole chain in memory. A connection already in one (the caller's) is left as it is.
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                return verifyIn(connection, keys);
            }
            connection.setAutoCommit(false);
            try {
                return verifyIn(connection, keys);
            } finally {
                connection.rollback(); // it only read
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit chain (GOVCC_AUDIT, GOVCC_AUDIT_HEAD; schema"
                    + " version 9): " + e.getMessage(), e);
        }
    }

    private static AuditVerification verifyIn(Connection connection, SecretKeys keys) {
        try {
            boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).equals("h2");
            Head head = head(connection);
            if (head == null) {
                return broken(0, 1, 0, 0, Breakage.HEAD_ALTERED, "the chain's head row (GOVCC_AUDIT_HEAD id 1) is"
                        + " missing");
            }
            Optional<String> headProblem = checkHead(head, keys);
            if (headProblem.isPresent()) {
                return broken(0, head.firstSequence(), head.lastSequence(), head.lastSequence(),
                        Breakage.HEAD_ALTERED, headProblem.get());
            }
            return walk(connection, head, keys, h2);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit chain (GOVCC_AUDIT, GOVCC_AUDIT_HEAD; schema"
                    + " version 9): " + e.getMessage(), e);
        }
    }

    private static AuditVerification walk(Connection connection, Head head, SecretKeys keys, boolean h2)
            throws SQLException {
        long expected = head.firstSequence();
        String previous = head.firstPreviousHash();
        long checked = 0;
        try (PreparedStatement s = connection.prepareStatement(ENTRIES)) {
            s.setFetchSize(500);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long sequence = r.getLong("SEQ");
                    if (sequence > head.lastSequence()) {
                        break; // appended after the head was read
                    }
                    if (sequence < expected) {
                        return broken(checked, head, sequence, Breakage.LINK_BROKEN, "entry " + sequence
                                + " lies before the chain's first entry (" + head.firstSequence() + "): inserted");
                    }
                    if (sequence > expected) {
                        return broken(checked, head, expected, Breakage.ENTRY_MISSING, "entr"
                                + (sequence - expected == 1 ? "y " + expected + " is" : "ies " + expected + " to "
                                + (sequence - 1) + " are") + " missing: the chain goes on at " + sequence);
                    }
                    int version = r.getInt("KEY_VERSION");
                    VersionedKey key;
                    try {
                        key = keys.version(KeyPurpose.AUDIT_CHAIN, version);
                    } catch (MissingKeyException | IllegalArgumentException e) {
                        return broken(checked, head, sequence, Breakage.UNKNOWN_KEY, "entry " + sequence
                                + " names audit-chain key version " + version + ", which the " + keys.description()
                                + " does not hold (altered, or the key was removed)");
                    }
                    String stored = r.getString("HASH");
                    String previousStored = r.getString("PREV_HASH");
                    Optional<AuditEntry> entry = entry(r, h2);
                    if (entry.isEmpty() || !AuditChain.same(AuditChain.hash(sequence, entry.get(), previousStored,
                            key), stored)) {
                        return broken(checked, head, sequence, Breakage.CONTENT_ALTERED, "entry " + sequence
                                + "'s fields do not match its hash: it was altered");
                    }
                    if (!AuditChain.same(previousStored, previous)) {
                        return broken(checked, head, sequence, Breakage.LINK_BROKEN, "entry " + sequence
                                + "'s previous hash is not the hash of entry " + (sequence - 1)
                                + ": an entry was replaced or inserted");
                    }
                    previous = stored;
                    expected = sequence + 1;
                    checked++;
                }
            }
        }
        if (expected <= head.lastSequence()) {
            return broken(checked, head, expected, Breakage.ENTRY_MISSING, "entr" + (head.lastSequence() == expected
                    ? "y " + expected + " is" : "ies " + expected + " to " + head.lastSequence() + " are")
                    + " missing: the chain's head names entry " + head.lastSequence() + " as its last");
        }
        if (!AuditChain.same(previous, head.lastHash())) {
            return broken(checked, head, head.lastSequence(), Breakage.HEAD_ALTERED, "the chain's head does not name"
                    + " entry " + head.lastSequence() + "'s hash");
        }
        return new AuditVerification(checked, head.firstSequence(), head.lastSequence(), Optional.empty());
    }

    private static Head head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(HEAD); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            int version = r.getInt("KEY_VERSION");
            return new Head(r.getLong("LAST_SEQ"), r.getString("LAST_HASH"), r.getLong("FIRST_SEQ"),
                    r.getString("FIRST_PREV_HASH"), r.wasNull() ? null : version, r.getString("HEAD_MAC"));
        }
    }

    /** Why the head cannot be trusted, if it cannot: a MAC that does not match, or none on a chain that has entries. */
    private static Optional<String> checkHead(Head head, SecretKeys keys) {
        if (head.keyVersion() == null || head.mac() == null) {
            boolean empty = head.lastSequence() == 0 && head.firstSequence() == 1
                    && AuditChain.GENESIS.equals(head.lastHash()) && AuditChain.GENESIS.equals(head.firstPreviousHash());
            return empty ? Optional.empty() : Optional.of("the chain's head has no MAC, yet names entries");
        }
        VersionedKey key;
        try {
            key = keys.version(KeyPurpose.AUDIT_CHAIN, head.keyVersion());
        } catch (MissingKeyException | IllegalArgumentException e) {
            return Optional.of("the chain's head names audit-chain key version " + head.keyVersion()
                    + ", which the " + keys.description() + " does not hold");
        }
        String mac = AuditChain.headMac(head.lastSequence(), head.lastHash(), head.firstSequence(),
                head.firstPreviousHash(), key);
        return AuditChain.same(mac, head.mac()) ? Optional.empty()
                : Optional.of("the chain's head (last entry " + head.lastSequence() + ") does not match its MAC:"
                + " it was altered");
    }

    /** The row's entry, or empty if its values are not an entry's (an action renamed, a blank user). */
    private static Optional<AuditEntry> entry(ResultSet r, boolean h2) throws SQLException {
        try {
            return Optional.of(new AuditEntry(r.getString("ACTOR"), r.getString("ACTOR_ROLE"), instant(r, "AT", h2),
                    AuditAction.valueOf(r.getString("ACTION")), new AuditSubject(r.getString("SUBJECT_TYPE"),
                    r.getString("SUBJECT_ID")), r.getString("REASON"), instant(r, "RETAIN_UNTIL", h2)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(ResultSet r, String column, boolean h2) throws SQLException {
        if (h2) {
            LocalDateTime utc = r.getObject(column, LocalDateTime.class);
            return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
        }
        OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static AuditVerification broken(long checked, Head head, long sequence, Breakage breakage, String detail) {
        return broken(checked, head.firstSequence(), head.lastSequence(), sequence, breakage, detail);
    }

    private static AuditVerification broken(long checked, long first, long last, long sequence, Breakage breakage,
                                            String detail) {
        return new AuditVerification(checked, first, last, Optional.of(new BrokenLink(sequence, breakage, detail)));
    }
}
