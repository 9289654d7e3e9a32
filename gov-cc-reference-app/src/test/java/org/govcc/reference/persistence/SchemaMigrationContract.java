package org.govcc.reference.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What the schema migrations must do on every database gov-cc supports; each database's test extends it and
 * supplies the {@link TestDatabase}. Every test works on a fresh database of its own.
 */
abstract class SchemaMigrationContract {

    /** The newest schema version this build migrates to. */
    private static final String NEWEST = "4";

    /** The database under test. */
    abstract TestDatabase database();

    @Test
    void aFreshDatabaseMigratesToTheNewestVersion() throws SQLException {
        DataSource db = database().freshDatabase("fresh");

        SchemaMigration.Outcome outcome = SchemaMigration.migrate(db);

        assertThat(outcome.before()).isEmpty();
        assertThat(outcome.now()).isEqualTo(NEWEST);
        assertThat(outcome.applied()).isEqualTo(3);
        assertThat(columns(db, "GOVCC_CALL_RECORD")).contains("END_CAUSE", "LAST_EVENT_MS", "CALLBACK_NUMBER",
                "LANGUAGE");
        assertThat(SchemaMigration.migrate(db).applied()).as("a second start changes nothing").isZero();
    }

    @Test
    void aDatabaseAtThePreviousVersionMigratesToTheNewestAndKeepsItsRecords() throws SQLException {
        DataSource db = database().freshDatabase("previous");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + database().vendor()).target("1")
                .load().migrate();
        try (Connection c = db.getConnection(); java.sql.PreparedStatement insert = c.prepareStatement(
                "INSERT INTO GOVCC_CALL_RECORD (CALL_ID, ABANDONED, CALLBACK_REQUESTED, FIRST_SEEN, ENDED_AT,"
                        + " REJECTED_REASON) VALUES ('old-refused', FALSE, FALSE, ?, ?, 'admission limit')")) {
            insert.setBytes(1, new byte[] {0}); // V1 holds serialized Instants; any bytes do for this row
            insert.setBytes(2, new byte[] {1});
            insert.executeUpdate();
        }

        SchemaMigration.Outcome outcome = SchemaMigration.migrate(db);

        assertThat(outcome.before()).contains("1");
        assertThat(outcome.now()).isEqualTo(NEWEST);
        assertThat(outcome.applied()).isEqualTo(2);
        assertThat(query(db, "SELECT END_CAUSE FROM GOVCC_CALL_RECORD WHERE CALL_ID = 'old-refused'"))
                .containsExactly("REFUSED");
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
    void aDatabaseNewerThanThisBuildIsRefusedWithBothVersionsNamed() throws SQLException {
        DataSource db = database().freshDatabase("newer");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/" + database().vendor(),
                "classpath:db/future/" + database().vendor()).load().migrate();

        assertThatThrownBy(() -> SchemaMigration.migrate(db))
                .isInstanceOf(SchemaMigration.SchemaTooNewException.class)
                .hasMessageContaining("schema is at version 99")
                .hasMessageContaining("newest this gov-cc knows (" + NEWEST + ")");
        assertThat(query(db, "SELECT COUNT(*) FROM GOVCC_FROM_THE_FUTURE")).as("nothing was touched")
                .containsExactly("0");
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
                values.add(r.getString(1));
            }
            return values;
        }
    }

    private static List<String> columns(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection()) {
            List<String> names = new ArrayList<>();
            for (String t : new String[] {table, table.toLowerCase(java.util.Locale.ROOT)}) {
                try (ResultSet r = c.getMetaData().getColumns(null, null, t, null)) {
                    while (r.next()) {
                        names.add(r.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
            return names;
        }
    }
}
