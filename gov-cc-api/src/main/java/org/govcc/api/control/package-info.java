/**
 * Call control: the port through which the engines act on a call (play, collect, connect, dial out, hang up),
 * and the signals the call side reports back; and {@link org.govcc.api.control.CallMonitoring}, through which
 * supervisors listen to a call in progress and whisper to its agent.
 */
package org.govcc.api.control;
