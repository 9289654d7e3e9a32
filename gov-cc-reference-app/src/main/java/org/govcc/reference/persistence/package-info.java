/**
 * Persistence with JPA: citizen requests (cases) with the {@link org.govcc.api.cases.CaseStore} implementation and
 * the audit trail of reads of sealed cases, and call records folded from the line's call-centre events.
 */
package org.govcc.reference.persistence;
