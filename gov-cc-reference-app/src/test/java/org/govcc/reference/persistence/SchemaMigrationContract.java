package org.govcc.reference.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What the schema migrations must do on every database gov-cc supports; each database's test extends it and
 * supplies the {@link TestDatabase}. Every test works on a fresh database of its own.
 */
abstract class SchemaMigrationContract {

    /** The newest schema version this build migrates to. */
    private static final String NEWEST = "14";

    /** The database under test. */
    abstract TestDatabase database();

    @Test
    void aFreshDatabaseMigratesToTheNewestVersion() throws SQLException {
        DataSource db = database().freshDatabase("fresh");

        SchemaMigration.Outcome outcome = SchemaMigration.migrate(db);

        assertThat(outcome.before()).isEmpty();
        assertThat(outcome.now()).isEqualTo(NEWEST);
        assertThat(outcome.applied()).isEqualTo(Integer.parseInt(NEWEST));
        assertThat(columns(db, "GOVCC_CALL_RECORD")).contains("END_CAUSE", "LAST_EVENT_MS", "CALLBACK_NUMBER",
                "LANGUAGE", "CONNECTED_AT", "TALK_MS", "WRAP_UP_MS", "WRAP_UP_CODE", "REQUEST_ID", "QUEUED_MS", "TRANSFERS");
        assertThat(columns(db, "GOVCC_CALL_LEG")).contains("CALL_ID", "AGENT_ID", "CONNECTED_AT", "ENDED_AT", "ENDED_BY");
        assertThat(columns(db, "GOVCC_AGENT_STATE")).contains("AGENT_ID", "AT", "STATE", "REASON", "CALL_ID",
                "AT_MS");
        assertThat(columns(db, "GOVCC_CASE")).contains("DUE_AT");
        assertThat(columns(db, "GOVCC_COMPLAINT")).contains("NARRATIVE_SEALED", "WORKPLACE_SEALED", "RETAIN_UNTIL")
                .doesNotContain("CALLER_NUMBER");
        assertThat(columns(db, "GOVCC_AUDIT")).contains("SEQ", "ACTOR", "ACTOR_ROLE", "AT", "ACTION", "SUBJECT_TYPE",
                "SUBJECT_ID", "REASON", "RETAIN_UNTIL", "KEY_VERSION", "PREV_HASH", "HASH");
        assertThat(columns(db, "GOVCC_AUDIT_HEAD")).contains("LAST_SEQ", "LAST_HASH", "FIRST_SEQ", "HEAD_MAC");
        assertThat(columns(db, "GOVCC_CASE_HISTORY")).contains("REFERRAL_BODY", "REFERRAL_REFERENCE");
        assertThat(SchemaMigration.migrate(db).applied()).as("a second start changes nothing").isZero();
    }

    @Test
    void aDatabaseAtVersionOneMigratesToTheNewestAndKeepsItsRecords() throws Exception {
        DataSource db = database().freshDatabase("previous");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + database().vendor()).target("1")
                .load().migrate();
        try (Connection c = db.getConnection(); java.sql.PreparedStatement insert = c.prepareStatement(
                "INSERT INTO GOVCC_CALL_RECORD (CALL_ID, ABANDONED, CALLBACK_REQUESTED, FIRST_SEEN, ENDED_AT,"
                        + " REJECTED_REASON) VALUES ('old-refused', FALSE, FALSE, ?, ?, 'admission limit')")) {
            insert.setBytes(1, Version2Rows.serialized(Version2Rows.CALL_SEEN)); // as EclipseLink 4.0.9 wrote them
            insert.setBytes(2, Version2Rows.serialized(Version2Rows.CALL_ENDED));
            insert.executeUpdate();
        }

        SchemaMigration.Outcome outcome = SchemaMigration.migrate(db);

        assertThat(outcome.before()).contains("1");
        assertThat(outcome.now()).isEqualTo(NEWEST);
        assertThat(outcome.applied()).isEqualTo(Integer.parseInt(NEWEST) - 1);
        assertThat(query(db, "SELECT END_CAUSE FROM GOVCC_CALL_RECORD WHERE CALL_ID = 'old-refused'"))
                .containsExactly("REFUSED");
        EntityManagerFactory unit = database().factoryOn(db);
        try {
            CallRecordEntity row = unit.createEntityManager().find(CallRecordEntity.class, "old-refused");
            assertThat(row.firstSeen).isEqualTo(Version2Rows.CALL_SEEN);
            assertThat(row.endedAt).isEqualTo(Version2Rows.CALL_ENDED);
        } finally {
            unit.close();
        }
    }

    @Test
    void versionThreeTurnsTheSerializedInstantsOfVersionTwoIntoTimestampsThatTheEntitiesReadBackExactly()
            throws Exception {
        DataSource db = atVersionTwo("serialized");
        Version2Rows.insert(db, Version2Rows.NOTE_AT);

        SchemaMigration.Outcome outcome = SchemaMigration.migrate(db);

        assertThat(outcome.before()).contains("2");
        assertThat(outcome.now()).isEqualTo(NEWEST);
        EntityManagerFactory unit = database().factoryOn(db);
        try {
            EntityManager em = unit.createEntityManager();
            CallRecordEntity ended = em.find(CallRecordEntity.class, "old-ended");
            assertThat(ended.firstSeen).isEqualTo(Version2Rows.CALL_SEEN);
            assertThat(ended.endedAt).isEqualTo(Version2Rows.CALL_ENDED);
            assertThat(em.find(CallRecordEntity.class, "old-open").endedAt).isNull();
            CaseEntity opened = em.find(CaseEntity.class, 1L);
            assertThat(opened.openedAt).isEqualTo(Version2Rows.CASE_OPENED);
            // Version 5: OPEN is NEW, and a request opened before it is due 50 days after its opening.
            assertThat(opened.status).isEqualTo(org.govcc.api.cases.CaseStatus.NEW);
            assertThat(opened.history).extracting(h -> h.to).containsExactly(org.govcc.api.cases.CaseStatus.NEW);
            assertThat(opened.dueAt).isEqualTo(Version2Rows.CASE_OPENED.plus(java.time.Duration.ofDays(50)));
            assertThat(opened.notes).extracting(n -> n.at).containsExactly(Version2Rows.NOTE_AT_STORED);
            assertThat(opened.history).extracting(h -> h.at).containsExactly(Version2Rows.CASE_OPENED);
            assertThat(em.find(CaseAuditEntity.class, 5L).at).isEqualTo(Version2Rows.AUDIT_AT);
            // The database compares the instants now: the period query finds the ended call and not the open one.
            assertThat(new JpaCallRecords(em).firstSeenBetween(Version2Rows.CALL_SEEN,
                    Version2Rows.OPEN_CALL_SEEN)).extracting(r -> r.call().value()).containsExactly("old-ended");
        } finally {
            unit.close();
        }
    }

    @Test
    void everyInstantColumnIsATimestampWithItsConstraintAndIndexes() throws Exception {
        DataSource db = database().freshDatabase("types");

        SchemaMigration.migrate(db);

        try (Connection c = db.getConnection()) {
            for (String[] column : INSTANT_COLUMNS) {
                try (ResultSet r = c.getMetaData().getColumns(null, null, name(c, column[0]), name(c, column[1]))) {
                    assertThat(r.next()).as("%s.%s exists", column[0], column[1]).isTrue();
                    assertThat(r.getInt("DATA_TYPE")).as("%s.%s", column[0], column[1])
                            .isIn(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);
                    // PostgreSQL's is zoned; H2's holds UTC (see UtcInstantConverter).
                    assertThat(r.getString("TYPE_NAME").toLowerCase(Locale.ROOT)).as("%s.%s", column[0], column[1])
                            .isEqualTo(database().vendor().equals("postgresql") ? "timestamptz" : "timestamp");
                    assertThat(r.getInt("NULLABLE")).as("%s.%s may be null", column[0], column[1])
                            .isEqualTo(column[1].equals("ENDED_AT") ? DatabaseMetaData.columnNullable
                                    : DatabaseMetaData.columnNoNulls);
                }
            }
            List<String> indexes = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getIndexInfo(null, null, name(c, "GOVCC_CALL_RECORD"), false, false)) {
                while (r.next()) {
                    indexes.add(String.valueOf(r.getString("INDEX_NAME")).toUpperCase(Locale.ROOT));
                }
            }
            assertThat(indexes).contains("GOVCC_CALL_RECORD_SEEN", "GOVCC_CALL_RECORD_LINE_SEEN",
                    "GOVCC_CALL_RECORD_OPEN", "GOVCC_CALL_RECORD_CALLER");
            List<String> caseIndexes = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getIndexInfo(null, null, name(c, "GOVCC_CASE"), false, false)) {
                while (r.next()) {
                    caseIndexes.add(String.valueOf(r.getString("INDEX_NAME")).toUpperCase(Locale.ROOT));
                }
            }
            assertThat(caseIndexes).as("what the request searches use").contains("GOVCC_CASE_REF",
                    "GOVCC_CASE_CITIZEN", "GOVCC_CASE_TOPIC_OPENED", "GOVCC_CASE_OPENED", "GOVCC_CASE_CALL");
        }
    }

    @Test
    void aValueThatIsNotASerializedInstantStopsTheMigrationNamingItsRowAndLeavesVersionTwo() throws Exception {
        DataSource db = atVersionTwo("notaninstant");
        Version2Rows.insert(db, new java.util.Date(0)); // a class the filter must refuse to build

        assertThatThrownBy(() -> SchemaMigration.migrate(db)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GOVCC_CASE_NOTE.AT of the row ID=7")
                .hasMessageContaining("not a serialized java.time.Instant");

        assertThat(query(db, "SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\""))
                .as("no attempt at version 3 is left behind").containsExactly("1", "2");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT AT FROM GOVCC_CASE_NOTE WHERE ID = 7")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getBytes(1)).as("the row is untouched").isEqualTo(Version2Rows.serialized(
                    new java.util.Date(0)));
        }
        try (Connection c = db.getConnection(); java.sql.PreparedStatement fix = c.prepareStatement(
                "UPDATE GOVCC_CASE_NOTE SET AT = ? WHERE ID = 7")) {
            fix.setBytes(1, Version2Rows.serialized(Version2Rows.NOTE_AT));
            fix.executeUpdate();
        }
        assertThat(SchemaMigration.migrate(db).now()).as("the next start, once the row is corrected")
                .isEqualTo(NEWEST);
    }

    @Test
    void aDatabaseThatEclipseLinkMadeBeforeFlywayIsBaselinedAtVersionOneAndMigrated() throws Exception {
        DataSource db = database().freshDatabase("eclipselink");
        for (String statement : v1Statements()) {
            execute(db, statement);
        }

        SchemaMigration.Outcome outcome = SchemaMigration.migrate(db);

        assertThat(outcome.before()).isEmpty();
        assertThat(outcome.now()).isEqualTo(NEWEST);
        assertThat(columns(db, "GOVCC_CALL_RECORD")).contains("END_CAUSE", "LAST_EVENT_MS");
    }

    @Test
    void versionElevenGivesTheRowsOfVersionSevenTheirTimesInMillisecondsAndTheirTransfers() throws SQLException {
        DataSource db = database().freshDatabase("seven");
        Flyway.configure().dataSource(db).locations(SchemaMigration.locations(database().vendor())).target("7")
                .load().migrate();
        // 2026-03-29T00:59:59.123Z, the last second before Athens moves its clocks on, as each database spells it.
        String at = database().vendor().equals("h2") ? "TIMESTAMP '2026-03-29 00:59:59.123'"
                : "TIMESTAMPTZ '2026-03-29 00:59:59.123+00'";
        execute(db, "INSERT INTO GOVCC_CALL_RECORD (CALL_ID, ABANDONED, CALLBACK_REQUESTED, FIRST_SEEN, QUEUE_ID)"
                + " VALUES ('queued', FALSE, FALSE, " + at + ", 'equality')");
        execute(db, "INSERT INTO GOVCC_CALL_RECORD (CALL_ID, ABANDONED, CALLBACK_REQUESTED, FIRST_SEEN)"
                + " VALUES ('ivr-only', FALSE, FALSE, " + at + ")");
        execute(db, "INSERT INTO GOVCC_CALL_LEG (ID, CALL_ID, AGENT_ID, CONNECTED_AT, ENDED_AT, ENDED_BY)"
                + " VALUES (1, 'queued', 'agent01', " + at + ", " + at + ", 'TRANSFERRED')");
        execute(db, "INSERT INTO GOVCC_AGENT_STATE (ID, AGENT_ID, AT, STATE) VALUES (1, 'agent01', " + at
                + ", 'AVAILABLE')");
        execute(db, "INSERT INTO GOVCC_AGENT_STATE (ID, AGENT_ID, AT, STATE) VALUES (2, 'agent01', " + at
                + " + INTERVAL '90' SECOND, 'TALKING')");

        SchemaMigration.migrate(db);

        long millis = java.time.Instant.parse("2026-03-29T00:59:59.123Z").toEpochMilli();
        assertThat(query(db, "SELECT QUEUED_MS, TRANSFERS FROM GOVCC_CALL_RECORD ORDER BY CALL_ID"))
                .containsExactly("null", "0", Long.toString(millis), "1");
        assertThat(query(db, "SELECT AT_MS, ENDS_MS FROM GOVCC_AGENT_STATE ORDER BY ID")).as("each state ends where"
                + " the next begins").containsExactly(Long.toString(millis), Long.toString(millis + 90_000),
                Long.toString(millis + 90_000), "null");
    }

    @Test
    void aDatabaseNewerThanThisBuildIsRefusedWithBothVersionsNamed() throws SQLException {
        DataSource db = database().freshDatabase("newer");
        Flyway.configure().dataSource(db).locations(append(SchemaMigration.locations(database().vendor()),
                        "classpath:db/future/" + database().vendor())).load().migrate();

        assertThatThrownBy(() -> SchemaMigration.migrate(db))
                .isInstanceOf(SchemaMigration.SchemaTooNewException.class)
                .hasMessageContaining("schema is at version 99")
                .hasMessageContaining("newest this gov-cc knows (" + NEWEST + ")");
        assertThat(query(db, "SELECT COUNT(*) FROM GOVCC_FROM_THE_FUTURE")).as("nothing was touched")
                .containsExactly("0");
    }

    /** Table and column of every Instant attribute. */
    private static final String[][] INSTANT_COLUMNS = {
        {"GOVCC_CALL_RECORD", "FIRST_SEEN"}, {"GOVCC_CALL_RECORD", "ENDED_AT"}, {"GOVCC_CASE", "OPENED_AT"},
        {"GOVCC_CASE_NOTE", "AT"}, {"GOVCC_CASE_HISTORY", "AT"}, {"GOVCC_CASE_AUDIT", "AT"},
        {"GOVCC_CASE", "DUE_AT"}, {"GOVCC_REQUEST_KEY", "CREATED_AT"}};

    /** A fresh database migrated by this build's migrations up to version 2, the last with serialized Instants. */
    private DataSource atVersionTwo(String name) throws SQLException {
        DataSource db = database().freshDatabase(name);
        Flyway.configure().dataSource(db).locations(SchemaMigration.locations(database().vendor())).target("2")
                .load().migrate();
        return db;
    }

    /** An unquoted name as the database's metadata spells it (PostgreSQL folds to lower case). */
    private static String name(Connection c, String name) throws SQLException {
        return c.getMetaData().storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String[] append(String[] locations, String more) {
        String[] all = Arrays.copyOf(locations, locations.length + 1);
        all[locations.length] = more;
        return all;
    }

    private List<String> v1Statements() throws IOException {
        String path = "db/migration/" + database().vendor() + "/V1__schema_before_flyway.sql";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            List<String> statements = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    statements.add(line.substring(0, line.lastIndexOf(';')));
                }
            }
            return statements;
        }
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> query(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                for (int column = 1; column <= r.getMetaData().getColumnCount(); column++) {
                    values.add(String.valueOf(r.getString(column))); // every column of each row, null as "null"
                }
            }
            return values;
        }
    }

    private static List<String> columns(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection()) {
            List<String> names = new ArrayList<>();
            for (String t : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet r = c.getMetaData().getColumns(null, null, t, null)) {
                    while (r.next()) {
                        names.add(r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            return names;
        }
    }
}
