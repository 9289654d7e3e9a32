package org.govcc.api.ivr;

import org.govcc.api.internal.Require;

/**
 * A flow's source text as stored, before parsing and validation.
 *
 * @param id the flow's id
 * @param origin where it came from (a file path, a classpath resource, a database row), for error messages
 * @param json the flow as JSON text
 * @since 0.1
 */
public record FlowDocument(FlowId id, String origin, String json) {
    /** Validates the values. */
    public FlowDocument {
        Require.nonNull(id, "id");
        Require.nonBlank(origin, "origin");
        Require.nonNull(json, "json");
    }
}
