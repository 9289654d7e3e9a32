/**
 * Complaint lines: intake, classification, and the confidentiality policy a line applies
 * (anonymity, what is stored, who may read it, for how long).
 */
package org.govcc.api.complaint;
