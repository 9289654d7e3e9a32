/**
 * Citizen requests (cases): every answered call can open one, tracked new -> in progress -> waiting for the
 * citizen / referred -> resolved -> closed (or reopened), with notes, history and a due date per topic, in a
 * {@link org.govcc.api.cases.CaseStore}.
 */
package org.govcc.api.cases;
