package org.govcc.reference.config;

import java.util.Map;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.internal.Require;
import org.govcc.api.schedule.ScheduleId;

/**
 * A number the public can dial, with its opening hours and confidentiality policy.
 *
 * @param id the line's id
 * @param number the dialled number (the SIP request-URI user part)
 * @param names the line's name per language
 * @param schedule its opening hours
 * @param policy how it treats what callers say
 */
public record ServiceLine(LineId id, PhoneNumber number, Map<Language, String> names, ScheduleId schedule,
                          ConfidentialityPolicy policy) {
    /** Validates the values. */
    public ServiceLine {
        Require.nonNull(id, "id");
        Require.nonNull(number, "number");
        names = Map.copyOf(Require.nonNull(names, "names"));
        Require.nonNull(schedule, "schedule");
        Require.nonNull(policy, "policy");
    }
}
