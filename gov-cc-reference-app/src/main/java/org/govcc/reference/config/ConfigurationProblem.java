package org.govcc.reference.config;

import org.govcc.api.internal.Require;
import org.govcc.ivr.flow.FlowProblem;

/**
 * One problem found in a line's configuration directory: which file, where in it (JSON pointer, line and column
 * when known) and what is wrong.
 *
 * @param origin the file (a path, or {@code classpath:...} for the WAR's default configuration)
 * @param pointer the JSON pointer of the offending value (e.g. {@code /queues/2/topic}); empty for the whole file
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, in English
 */
public record ConfigurationProblem(String origin, String pointer, int line, int column, String message) {

    /** Validates the values. */
    public ConfigurationProblem {
        Require.nonBlank(origin, "origin");
        Require.nonNull(pointer, "pointer");
        Require.that(line >= 0 && column >= 0, "line and column must not be negative");
        Require.nonBlank(message, "message");
    }

    /** Returns the IVR validator's problem as a configuration problem (same file, pointer and position). */
    public static ConfigurationProblem of(FlowProblem p) {
        return new ConfigurationProblem(p.origin(), p.pointer(), p.line(), p.column(), p.message());
    }

    /** Formats the problem as {@code origin:line:column: pointer: message}, as compilers and the flow validator do. */
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
