package org.govcc.reference.security.keys;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govcc.api.internal.Require;

/**
 * What a sealed value belongs to, bound into its authentication tag but not stored in it: typically the table, the
 * column and the row's id ({@link #of(String, String, String)}). A value moved to another row or column no longer
 * opens, so a database user cannot swap one complaint's narrative into another's. The row's id must therefore be
 * known before the row is written (a UUID, or a sequence value taken first) and never change.
 *
 * @param parts the parts, in order (none empty)
 */
public record AssociatedData(List<String> parts) {

    /** Validates the parts: at least one, none null or empty. */
    public AssociatedData {
        parts = List.copyOf(Require.nonNull(parts, "associated data"));
        Require.that(!parts.isEmpty(), "associated data must have at least one part");
        parts.forEach(p -> Require.that(!p.isEmpty(), "associated data parts must not be empty"));
    }

    /** The data of a column's value in one row: {@code of("GOVCC_COMPLAINT", "NARRATIVE", "17")}. */
    public static AssociatedData of(String table, String column, String rowId) {
        return new AssociatedData(List.of(Require.nonBlank(table, "table"), Require.nonBlank(column, "column"),
                Require.nonBlank(rowId, "row id")));
    }

    /** The parts as one unambiguous byte string: each part's UTF-8 length (4 bytes) and bytes. */
    byte[] encoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
