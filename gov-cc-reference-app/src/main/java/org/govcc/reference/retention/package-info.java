/**
 * Retention by legal basis: the daily purge of what expired (call records, closed complaints, audit entries), itself
 * recorded in the audit trail, at the time {@code retention.json} sets.
 */
package org.govcc.reference.retention;
