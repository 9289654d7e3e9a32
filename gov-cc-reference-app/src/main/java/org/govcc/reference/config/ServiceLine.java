package org.govcc.reference.config;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.complaint.DuressCode;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.schedule.ScheduleId;

/**
 * A number the public can dial, with its flow, opening hours and confidentiality policy (from {@code lines.json}).
 *
 * <p>Immutable.
 *
 * @param id the line's id
 * @param number the dialled number (the SIP request-URI user part)
 * @param names the line's name per language
 * @param flow the IVR flow it runs
 * @param schedule its opening hours
 * @param policy how it treats what callers say
 * @param admissionLimit the most calls this line holds at once, below the edge's limit so that the other lines
 *                       keep room when it is full; empty when it shares the edge's limit
 * @param duressCode the keys a caller in danger presses to make the call urgent; empty for none
 */
public record ServiceLine(LineId id, PhoneNumber number, Map<Language, String> names, FlowId flow,
                          ScheduleId schedule,
                          ConfidentialityPolicy policy, OptionalInt admissionLimit,
                          Optional<DuressCode> duressCode) {
    /** Validates the values. */
    public ServiceLine {
        Require.nonNull(id, "id");
        Require.nonNull(number, "number");
        names = Map.copyOf(Require.nonNull(names, "names"));
        Require.nonNull(flow, "flow");
        Require.nonNull(schedule, "schedule");
        Require.nonNull(policy, "policy");
        Require.nonNull(admissionLimit, "admissionLimit");
        admissionLimit.ifPresent(limit -> Require.inRange(limit, 1, 1_000_000, "admissionLimit"));
        Require.nonNull(duressCode, "duressCode");
    }
}
