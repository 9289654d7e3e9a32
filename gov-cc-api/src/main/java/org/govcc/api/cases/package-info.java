/**
 * Citizen requests (cases): every answered call can open one, tracked open -> in progress ->
 * resolved / referred / closed, with notes and history, in a {@link org.govcc.api.cases.CaseStore}.
 */
package org.govcc.api.cases;
