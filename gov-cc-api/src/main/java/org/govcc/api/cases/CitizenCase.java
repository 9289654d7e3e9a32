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
 * @param dueAt when it becomes late unless done by then (its topic's {@link ResolutionTime})
 * @since 0.1
 */
public record CitizenCase(CaseId id, String reference, LineId line, TopicId topic, Optional<CallId> call,
                          Optional<CitizenIdentifier> citizen, String subject, boolean sealed, CaseStatus status,
                          List<CaseNote> notes, List<CaseTransition> history, Instant openedAt, Instant dueAt) {
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
        Require.nonNull(dueAt, "dueAt");
    }

    /** Returns when the case was last done with (resolved or closed), if it is done now. */
    public Optional<Instant> doneAt() {
        if (!status.isDone()) {
            return Optional.empty();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to().isDone()) {
                return Optional.of(history.get(i).at());
            }
        }
        return Optional.of(openedAt);
    }

    /**
     * Returns whether the case missed its due date as of {@code now}: it was done at or after {@link #dueAt}, or it
     * is not done and {@code now} is. A reopened case keeps its first due date.
     */
    public boolean breachedAt(Instant now) {
        Require.nonNull(now, "now");
        return !doneAt().orElse(now).isBefore(dueAt);
    }

    /** Returns where the case was referred, while it is {@link CaseStatus#REFERRED}. */
    public Optional<Referral> referral() {
        if (status != CaseStatus.REFERRED || history.isEmpty()) {
            return Optional.empty();
        }
        return history.get(history.size() - 1).referral();
    }
}
