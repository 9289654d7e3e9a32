/**
 * Routing: topics, queues, skills, priorities, and the {@link org.govcc.api.routing.RoutingStrategy} SPI
 * that picks an agent for a waiting call.
 *
 * <p>All values are immutable records, safe to share between threads; no {@code null} arguments.
 */
package org.govcc.api.routing;
