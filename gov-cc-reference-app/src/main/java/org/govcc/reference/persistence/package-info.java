/**
 * Persistence of citizen requests (cases) with JPA: entities, the {@link org.govcc.api.cases.CaseStore}
 * implementation, and the audit trail of reads of sealed cases.
 */
package org.govcc.reference.persistence;
