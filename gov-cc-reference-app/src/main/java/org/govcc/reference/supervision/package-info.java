/**
 * Supervisors watch and steer the line live: the wallboard pushed over server-sent events (today's figures per queue
 * and interval, the agents, the alerts), alert acknowledgement, and the supervisor's actions on agents, every one of
 * them audited.
 */
package org.govcc.reference.supervision;
