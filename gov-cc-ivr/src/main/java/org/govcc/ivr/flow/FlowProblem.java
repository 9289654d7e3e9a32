package org.govcc.ivr.flow;

import org.govcc.api.internal.Require;

/**
 * One problem found in a flow document: where (document, JSON pointer, line and column when known) and what.
 *
 * @param origin the document's origin (a file path, a resource name)
 * @param pointer the JSON pointer of the offending node or field (e.g. {@code /nodes/menu/timeoutSeconds});
 *     empty for the whole document
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, in English
 * @since 0.1
 */
public record FlowProblem(String origin, String pointer, int line, int column, String message) {

    /** Validates the values. */
    public FlowProblem {
        Require.nonBlank(origin, "origin");
        Require.nonNull(pointer, "pointer");
        Require.that(line >= 0 && column >= 0, "line and column must not be negative");
        Require.nonBlank(message, "message");
    }

    /** Returns a problem without a known position. */
    public static FlowProblem at(String origin, String pointer, String message) {
        return new FlowProblem(origin, pointer, 0, 0, message);
    }

    /** Returns this problem with {@code line} and {@code column}. */
    public FlowProblem withPosition(int newLine, int newColumn) {
        return new FlowProblem(origin, pointer, newLine, newColumn, message);
    }

    /** Formats the problem as {@code origin:line:column: pointer: message}, as compilers do. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(origin);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (!pointer.isEmpty()) {
            sb.append(pointer).append(": ");
        }
        return sb.append(message).toString();
    }
}
