package org.govcc.api.cases;

import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.TopicId;

/**
 * What is known when a case is opened.
 *
 * @param line the line it came in on (its confidentiality policy applies to the case)
 * @param topic the topic
 * @param call the call it came from, if any
 * @param citizen the citizen's verified identifier, if given (never on anonymous complaints)
 * @param subject a one-line subject
 * @param sealed whether the case is confidential (complaint lines): restricted readers, audited reads
 * @since 0.1
 */
public record NewCase(LineId line, TopicId topic, Optional<CallId> call, Optional<CitizenIdentifier> citizen,
                      String subject, boolean sealed) {
    /** Validates the values. */
    public NewCase {
        Require.nonNull(line, "line");
        Require.nonNull(topic, "topic");
        Require.nonNull(call, "call");
        Require.nonNull(citizen, "citizen");
        Require.nonBlank(subject, "subject");
        Require.that(subject.length() <= 500, "subject must be at most 500 characters, but has " + subject.length());
    }
}
