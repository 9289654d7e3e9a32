/**
 * Silent monitoring for supervisors: {@code POST /api/supervisor/monitor} rings a supervisor's registered phone to
 * listen to a call in progress, whispers to its agent, goes back to listening, or stops; every command is audited,
 * refused ones too. The line's {@link org.govcc.api.control.CallMonitoring} does the rest (and refuses the
 * confidential line's calls under its policy).
 */
package org.govcc.reference.supervision.monitor;
