package org.govcc.api.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.TopicId;

/**
 * A citizen request as stored: its status, notes and history.
 *
 * @param id the case's identity
 * @param reference the reference the citizen is told, to ask about it by phone
 * @param line the line it came in on
 * @param topic the topic
 * @param call the call it came from, if any
 * @param citizen the citizen's identifier, if given
 * @param subject a one-line subject
 * @param sealed whether it is confidential
 * @param status the current status
 * @param notes notes, oldest first
 * @param history status changes, oldest first (the first is the opening)
 * @param openedAt when it was opened
 * @since 0.1
 */
public record CitizenCase(CaseId id, String reference, LineId line, TopicId topic, Optional<CallId> call,
                          Optional<CitizenIdentifier> citizen, String subject, boolean sealed, CaseStatus status,
                          List<CaseNote> notes, List<CaseTransition> history, Instant openedAt) {
    /** Validates the values and freezes the lists. */
    public CitizenCase {
        Require.nonNull(id, "id");
        Require.nonBlank(reference, "reference");
        Require.nonNull(line, "line");
        Require.nonNull(topic, "topic");
        Require.nonNull(call, "call");
        Require.nonNull(citizen, "citizen");
        Require.nonBlank(subject, "subject");
        Require.nonNull(status, "status");
        notes = List.copyOf(Require.nonNull(notes, "notes"));
        history = List.copyOf(Require.nonNull(history, "history"));
        Require.nonNull(openedAt, "openedAt");
    }
}
