/**
 * The line's tamper-evident audit trail: every read, write, export, refusal and purge of confidential data appends
 * an {@link org.govcc.reference.audit.AuditEntry} (who, in which role, when, what, about what, why, until when it is
 * kept) through {@link org.govcc.reference.audit.AuditTrail}, in the transaction of the change it audits. Entries are
 * numbered without gaps and chained by HMAC-SHA-256 under the credential store's
 * {@link org.govcc.reference.security.keys.KeyPurpose#AUDIT_CHAIN} key ({@link org.govcc.reference.audit.AuditChain}),
 * so that someone with database access alone can neither alter, remove nor insert an entry unseen; the
 * {@link org.govcc.reference.audit.AuditVerifier} walks the chain and names the first broken link, for
 * administrators over REST ({@code GET /api/audit/verification}) and on the command line
 * ({@code scripts/audit-verify.sh}).
 */
package org.govcc.reference.audit;
