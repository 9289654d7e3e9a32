/**
 * Complaints of the confidential line: the reference {@code ComplaintHandler} ({@link
 * org.govcc.reference.complaints.ComplaintService}) on JPA with sealed fields, its REST resource {@code
 * /api/complaints} for complaint officers only, and the audit of every read, change, export and refusal.
 */
package org.govcc.reference.complaints;
