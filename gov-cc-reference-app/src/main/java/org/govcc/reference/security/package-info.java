/**
 * Sign-in and access: the staff's roles, the demonstration identities generated at first start, and the checks
 * every REST resource and servlet passes. Authentication itself is WildFly Elytron's (the security domain
 * {@code govcc}, {@code scripts/wildfly/govcc-security.cli}); the security headers are set in
 * {@code WEB-INF/undertow-handlers.conf}.
 */
package org.govcc.reference.security;
