/**
 * Running the line: MicroProfile Health readiness and liveness checks (served by WildFly on its management
 * interface, {@code /health/ready} and {@code /health/live}) and the line's metrics in Prometheus format
 * ({@code /gov-cc/metrics}).
 */
package org.govcc.reference.operations;
