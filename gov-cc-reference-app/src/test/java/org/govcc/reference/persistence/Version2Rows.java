package org.govcc.reference.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Rows as gov-cc wrote them up to schema version 2, with every Instant column holding EclipseLink 4.0.9's bytes: the
 * Instant, Java-serialized. One call that ended, one still open, and one case with a note, its opening and an audit
 * row.
 */
final class Version2Rows {

    static final Instant CALL_SEEN = Instant.parse("2026-03-02T07:15:30.123456Z");
    static final Instant CALL_ENDED = Instant.parse("2026-03-02T07:17:01.000001Z");
    static final Instant OPEN_CALL_SEEN = Instant.parse("2026-03-02T07:16:00Z");
    static final Instant CASE_OPENED = Instant.parse("2026-03-02T07:16:10.5Z");
    /** Nanoseconds: the migration keeps microseconds, as the converter does. */
    static final Instant NOTE_AT = Instant.parse("2026-03-02T07:16:20.123456789Z");
    static final Instant NOTE_AT_STORED = Instant.parse("2026-03-02T07:16:20.123456Z");
    static final Instant AUDIT_AT = Instant.parse("1969-12-31T23:59:59.999999Z");

    private Version2Rows() {
    }

    /** Inserts the rows; {@code noteAt} is what the note's AT holds (a serialized {@link #NOTE_AT}, normally). */
    static void insert(DataSource db, Serializable noteAt) throws SQLException, IOException {
        try (Connection c = db.getConnection()) {
            update(c, "INSERT INTO GOVCC_CALL_RECORD (CALL_ID, VERSION, FIRST_SEEN, LINE_ID, ABANDONED,"
                    + " CALLBACK_REQUESTED, ENDED_AT, END_REASON, END_CAUSE) VALUES ('old-ended', 1, ?, 'main', FALSE,"
                    + " FALSE, ?, 'caller hung up', 'ENDED')", serialized(CALL_SEEN), serialized(CALL_ENDED));
            update(c, "INSERT INTO GOVCC_CALL_RECORD (CALL_ID, VERSION, FIRST_SEEN, LINE_ID, ABANDONED,"
                    + " CALLBACK_REQUESTED) VALUES ('old-open', 1, ?, 'main', FALSE, FALSE)",
                    serialized(OPEN_CALL_SEEN));
            update(c, "INSERT INTO GOVCC_CASE (NUMBER, VERSION, REFERENCE, LINE_ID, TOPIC_ID, SUBJECT, SEALED, STATUS,"
                    + " OPENED_AT) VALUES (1, 1, '2026-000001', 'main', 'pensions', 'late pension', TRUE, 'OPEN', ?)",
                    serialized(CASE_OPENED));
            update(c, "INSERT INTO GOVCC_CASE_NOTE (ID, CASE_NUMBER, AUTHOR, TEXT, AT) VALUES (7, 1, 'agent-1',"
                    + " 'called back', ?)", serialized(noteAt));
            update(c, "INSERT INTO GOVCC_CASE_HISTORY (ID, CASE_NUMBER, TO_STATUS, ACTOR, REASON, AT) VALUES (3, 1,"
                    + " 'OPEN', 'agent-1', 'opened', ?)", serialized(CASE_OPENED));
            update(c, "INSERT INTO GOVCC_CASE_AUDIT (ID, CASE_NUMBER, ACTOR, ACTION, AT) VALUES (5, 1, 'agent-1',"
                    + " 'READ', ?)", serialized(AUDIT_AT));
        }
    }

    /** {@code value} as Java serialization writes it, as EclipseLink 4.0.9 did for an Instant. */
    static byte[] serialized(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static void update(Connection c, String sql, byte[]... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setBytes(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
