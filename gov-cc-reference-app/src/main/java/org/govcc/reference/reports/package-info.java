/**
 * The ministry's reports: calls offered, answered and abandoned, callbacks, service level, speed of answer, handling
 * time and occupancy per interval, day and month, per line, topic and body, computed by the database
 * ({@link org.govcc.reference.reports.JpaReports}) and served as JSON and CSV by
 * {@link org.govcc.reference.reports.ReportsResource}.
 */
package org.govcc.reference.reports;
