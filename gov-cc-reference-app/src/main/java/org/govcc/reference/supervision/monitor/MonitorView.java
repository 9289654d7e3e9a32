package org.govcc.reference.supervision.monitor;

/**
 * The answer to an accepted monitoring command.
 *
 * @param call the call's id
 * @param phone the supervisor's phone account
 * @param mode the monitoring's mode now: {@code ringing}, {@code listening}, {@code whispering} or {@code ended}
 */
public record MonitorView(String call, String phone, String mode) {
}
