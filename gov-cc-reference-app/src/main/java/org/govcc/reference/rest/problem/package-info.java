/**
 * Every refusal of the REST API as {@code application/problem+json} ({@link org.govcc.reference.rest.Problem}), with
 * the field at fault named: malformed JSON and unknown properties, Bean Validation failures, unknown resources,
 * denied access and the services' own refusals. One exception mapper per kind of failure; strict JSON-B.
 */
package org.govcc.reference.rest.problem;
