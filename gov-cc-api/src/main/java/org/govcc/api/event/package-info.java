/**
 * Call-centre events: every step of a call and every agent state change, as records under the sealed
 * {@link org.govcc.api.event.CallCentreEvent}, delivered to {@link org.govcc.api.event.CallCentreListener}s.
 */
package org.govcc.api.event;
