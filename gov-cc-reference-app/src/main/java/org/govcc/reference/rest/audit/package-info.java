/** The audit trail over REST, for administrators: its verification and its entries, page by page. */
package org.govcc.reference.rest.audit;
