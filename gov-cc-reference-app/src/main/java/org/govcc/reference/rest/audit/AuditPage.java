package org.govcc.reference.rest.audit;

import java.util.List;
import org.govcc.api.internal.Require;
import org.govcc.reference.audit.AuditRecord;

/**
 * One page of the audit trail, in number order.
 *
 * @param entries the page's entries
 * @param from the first number asked for
 * @param next the number to ask for the next page from ({@code 0} when this page reached the chain's end)
 * @param last the chain's last entry's number
 */
public record AuditPage(List<AuditRecord> entries, long from, long next, long last) {

    /** Validates the values. */
    public AuditPage {
        entries = List.copyOf(Require.nonNull(entries, "entries"));
    }
}
