package org.govcc.reference.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.testing.WildFlyServer;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Looks for a caller's number everywhere a stopped server kept something: every column of every table of its H2
 * file (text, and binary read as bytes), and every line of its logs; and reads what the complaint line's call
 * records kept of their callers.
 */
final class SealedLineScan {

    /**
     * What was found.
     *
     * @param cells each table cell holding the number, as {@code TABLE.COLUMN}
     * @param logLines each log line holding it
     * @param complaintHashes the complaint line's records' CALLER_HASH, in arrival order
     * @param complaintNumbers the complaint line's records' CALLER_NUMBER, in arrival order
     */
    record Found(List<String> cells, List<String> logLines, List<String> complaintHashes,
                 List<String> complaintNumbers) {
    }

    private SealedLineScan() {
    }

    /** Scans {@code server}, which must be stopped (H2 keeps its file locked while it runs). */
    static Found of(WildFlyServer server, String number) throws SQLException, IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        // As scripts/wildfly/govcc-h2.cli defines it.
        h2.setURL("jdbc:h2:file:" + server.dataDir().resolve("govcc").resolve("govcc")
                + ";DB_CLOSE_ON_EXIT=FALSE;TIME ZONE=UTC");
        h2.setUser("sa");
        h2.setPassword("sa");
        List<String> cells = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        try (Connection c = h2.getConnection()) {
            for (String table : tables(c.getMetaData())) {
                scan(c, table, number, cells);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CALLER_HASH, CALLER_NUMBER"
                    + " FROM GOVCC_CALL_RECORD WHERE LINE_ID = 'complaints' ORDER BY CALL_ID")) {
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                    numbers.add(rs.getString(2));
                }
            }
        }
        List<String> logLines = new ArrayList<>();
        for (Path log : List.of(server.serverLog(), server.consoleLog())) {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                    if (line.contains(number)) {
                        logLines.add(log.getFileName() + ": " + line);
                    }
                }
            }
        }
        return new Found(cells, logLines, hashes, numbers);
    }

    /** A cell as text: bytes (a sealed value, a serialized instant) read one character per byte. */
    private static String text(Object value) throws SQLException {
        if (value instanceof Blob) {
            value = ((Blob) value).getBytes(1, (int) ((Blob) value).length());
        } else if (value instanceof Clob) {
            value = ((Clob) value).getSubString(1, (int) ((Clob) value).length());
        }
        return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.ISO_8859_1) : String.valueOf(value);
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        if (tables.isEmpty()) {
            throw new AssertionError("no tables in the H2 file: the scan would prove nothing");
        }
        return tables;
    }

    private static void scan(Connection c, String table, String number, List<String> cells) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String text = text(rs.getObject(i));
                    if (text.contains(number)) {
                        cells.add(table + "." + meta.getColumnName(i));
                    }
                }
            }
        }
    }
}
