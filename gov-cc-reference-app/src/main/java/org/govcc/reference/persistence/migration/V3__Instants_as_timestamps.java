package org.govcc.reference.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 3: every Instant column, until now Java-serialized bytes, becomes a timestamp holding the same
 * instant to the microsecond (finer digits truncated, as {@code UtcInstantConverter} does), so that SQL can compare
 * and group by time. On PostgreSQL a {@code TIMESTAMP WITH TIME ZONE}; on H2 a {@code TIMESTAMP} in UTC (the session's
 * time zone, {@code TIME ZONE=UTC} in the URL): H2 hands a zoned column to EclipseLink 4.0.9 as an
 * {@code OffsetDateTime}, which it passes to the converter unconverted. A Java migration because only Java can read
 * the old bytes; the SQL differs only in that type and the index of open calls (partial on PostgreSQL).
 *
 * <p>Every old value is decoded before anything is altered: H2 commits each DDL statement, so a blob that is not an
 * Instant must stop the migration while the schema is still exactly version 2. Rows are read and written in batches,
 * in Flyway's transaction.
 */
public class V3__Instants_as_timestamps extends BaseJavaMigration {

    /** Rows read, and updates sent, at a time. */
    static final int BATCH = 500;

    /** A converted column; {@code key} is its table's primary key. */
    private record InstantColumn(String table, String key, String column, boolean notNull) {

        String temporary() {
            return column + "_TS";
        }
    }

    private static final List<InstantColumn> COLUMNS = List.of(
            new InstantColumn("GOVCC_CALL_RECORD", "CALL_ID", "FIRST_SEEN", true),
            new InstantColumn("GOVCC_CALL_RECORD", "CALL_ID", "ENDED_AT", false),
            new InstantColumn("GOVCC_CASE", "NUMBER", "OPENED_AT", true),
            new InstantColumn("GOVCC_CASE_NOTE", "ID", "AT", true),
            new InstantColumn("GOVCC_CASE_HISTORY", "ID", "AT", true),
            new InstantColumn("GOVCC_CASE_AUDIT", "ID", "AT", true));

    /** The indexes of V1 and V2 on those columns: dropped before and made again on the new columns. */
    private static final List<String> INDEXES = List.of(
            "GOVCC_CALL_RECORD_SEEN", "GOVCC_CALL_RECORD_LINE_SEEN", "GOVCC_CALL_RECORD_OPEN");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).equals("postgresql");
        for (InstantColumn column : COLUMNS) {
            convert(c, column, null);
        }
        for (String index : INDEXES) {
            execute(c, "DROP INDEX " + index);
        }
        for (InstantColumn column : COLUMNS) {
            execute(c, "ALTER TABLE " + column.table() + " ADD COLUMN " + column.temporary()
                    + (postgres ? " TIMESTAMP(6) WITH TIME ZONE" : " TIMESTAMP(6)"));
            convert(c, column, column.temporary());
            execute(c, "ALTER TABLE " + column.table() + " DROP COLUMN " + column.column());
            execute(c, "ALTER TABLE " + column.table() + " RENAME COLUMN " + column.temporary() + " TO "
                    + column.column());
            if (column.notNull()) {
                execute(c, "ALTER TABLE " + column.table() + " ALTER COLUMN " + column.column() + " SET NOT NULL");
            }
        }
        execute(c, "CREATE INDEX GOVCC_CALL_RECORD_SEEN ON GOVCC_CALL_RECORD (FIRST_SEEN)");
        execute(c, "CREATE INDEX GOVCC_CALL_RECORD_LINE_SEEN ON GOVCC_CALL_RECORD (LINE_ID, FIRST_SEEN)");
        execute(c, postgres
                ? "CREATE INDEX GOVCC_CALL_RECORD_OPEN ON GOVCC_CALL_RECORD (CALL_ID) WHERE ENDED_AT IS NULL"
                : "CREATE INDEX GOVCC_CALL_RECORD_OPEN ON GOVCC_CALL_RECORD (ENDED_AT)");
    }

    /**
     * Decodes every value of {@code column}, in key order and batches, and stores each in {@code target} unless that
     * is null. Fails, naming the table, column and row, on the first value that is not an Instant.
     */
    private static void convert(Connection c, InstantColumn column, String target) throws SQLException {
        String select = "SELECT " + column.key() + ", " + column.column() + " FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL AND " + column.key() + " > ? ORDER BY " + column.key()
                + " FETCH FIRST " + BATCH + " ROWS ONLY";
        String update = "UPDATE " + column.table() + " SET " + target + " = ? WHERE " + column.key() + " = ?";
        try (PreparedStatement read = c.prepareStatement(select);
             PreparedStatement store = target == null ? null : c.prepareStatement(update)) {
            Object after = column.key().equals("CALL_ID") ? "" : (Object) Long.MIN_VALUE;
            while (true) {
                read.setObject(1, after);
                List<Object> keys = new ArrayList<>();
                List<Instant> values = new ArrayList<>();
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        Object key = rows.getObject(1);
                        keys.add(key);
                        values.add(instant(column, key, rows.getBytes(2)));
                    }
                }
                if (keys.isEmpty()) {
                    return;
                }
                if (store != null) {
                    for (int i = 0; i < keys.size(); i++) {
                        // Bound as EclipseLink binds UtcInstantConverter's value, so that the entities read it back.
                        store.setTimestamp(1, Timestamp.from(values.get(i)));
                        store.setObject(2, keys.get(i));
                        store.addBatch();
                    }
                    store.executeBatch();
                }
                after = keys.get(keys.size() - 1);
            }
        }
    }

    private static Instant instant(InstantColumn column, Object key, byte[] bytes) {
        SerializedInstant.Decoded decoded = SerializedInstant.decode(bytes);
        // The first pass, before any change, is the one that throws: the second decodes the same bytes again.
        return decoded.instant().map(i -> i.truncatedTo(ChronoUnit.MICROS))
                .orElseThrow(() -> new UnreadableRowException("schema version 3 cannot convert " + column.table()
                        + "." + column.column() + " of the row " + column.key() + "=" + key
                        + ": the value is not a serialized java.time.Instant (" + decoded.problem()
                        + "). Correct or delete that row, then start again"));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
