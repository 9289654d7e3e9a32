package org.govcc.reference.complaints;

import java.nio.charset.StandardCharsets;
import org.govcc.api.internal.Require;

/**
 * Where a sealed value is stored: its table, column and row. Sealed with this as associated data, a value opens only
 * where it was written: copied into another row or column (by someone with write access to the database), it fails
 * to open instead of passing for that row's.
 *
 * @param table the table, e.g. {@code GOVCC_COMPLAINT}
 * @param column the column, e.g. {@code NARRATIVE_SEALED}
 * @param row the row's key as text (a number, or a composite key joined by {@code /})
 */
record SealedColumn(String table, String column, String row) {

    SealedColumn {
        Require.that(table != null && table.matches("[A-Z_]{1,64}"), "table must be upper-case letters and _");
        Require.that(column != null && column.matches("[A-Z_]{1,64}"), "column must be upper-case letters and _");
        Require.nonBlank(row, "row");
    }

    /** The associated data the value is sealed with: {@code table.column#row}, UTF-8. */
    byte[] associatedData() {
        return (table + "." + column + "#" + row).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + column + "#" + row;
    }
}
