package org.govcc.reference.supervision.monitor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /api/supervisor/monitor}.
 *
 * @param call the call's id, as the wallboard and the call records show it
 * @param action {@code listen}, {@code whisper}, {@code listen-only} or {@code stop}
 * @param phone for {@code listen}: the phone account of the supervisor's registered phone; ignored otherwise
 */
public record MonitorCommand(@NotNull @Pattern(regexp = ID) String call,
                             @NotNull @Pattern(regexp = "listen|whisper|listen-only|stop") String action,
                             @Pattern(regexp = ID) String phone) {

    /** What a call id and a phone account may be (the api's ids). */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}";
}
