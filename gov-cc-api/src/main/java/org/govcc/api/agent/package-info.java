/**
 * Agents: who they are, their skills, and the states they pass through during a shift.
 *
 * <p>All values are immutable records, safe to share between threads; no {@code null} arguments.
 */
package org.govcc.api.agent;
