/**
 * Citizen requests (cases) through REST, {@code /api/requests}: created during or after a call, with notes, a status
 * lifecycle with history, due dates and searches; who may read and change which request is decided by
 * {@link org.govcc.reference.rest.requests.Requester}, the signed-in user, never by anything in a request's body.
 */
package org.govcc.reference.rest.requests;
