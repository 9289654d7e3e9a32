package org.govcc.reference.persistence.migration;

import org.flywaydb.core.api.FlywayException;

/**
 * A migration found a row it cannot convert and stopped before it changed anything, so the schema is still at the
 * version before it. On a database whose DDL is not transactional (H2) Flyway still records the attempt as failed;
 * {@code SchemaMigration} removes that record, so that the next start tries again once the row is corrected.
 */
public final class UnreadableRowException extends FlywayException {

    private static final long serialVersionUID = 1L;

    UnreadableRowException(String message) {
        super(message);
    }
}
