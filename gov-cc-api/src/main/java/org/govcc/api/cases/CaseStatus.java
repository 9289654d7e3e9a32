package org.govcc.api.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a citizen request stands. {@link #next} is the one table of legal transitions; {@link StatusChange} adds
 * what a move needs (a referral names the other body and its reference).
 *
 * @since 0.1
 */
public enum CaseStatus {
    /** Received, nobody working on it yet. */
    NEW,
    /** Somebody is working on it. */
    IN_PROGRESS,
    /** Waiting for the citizen to send or say something. */
    WAITING_FOR_CITIZEN,
    /** Handed to another body (e.g. the Labour Inspectorate) under that body's reference; may come back. */
    REFERRED,
    /** Answered or done; reopened if the citizen comes back, closed otherwise. */
    RESOLVED,
    /** Worked again after it was resolved. */
    REOPENED,
    /** Finished for good. */
    CLOSED;

    /** Returns the statuses this one may move to. */
    public Set<CaseStatus> next() {
        switch (this) {
            case NEW:
            case IN_PROGRESS:
            case REOPENED:
                return EnumSet.of(IN_PROGRESS, WAITING_FOR_CITIZEN, REFERRED, RESOLVED, CLOSED);
            case WAITING_FOR_CITIZEN:
            case REFERRED:
                return EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED);
            case RESOLVED:
                return EnumSet.of(REOPENED, CLOSED);
            case CLOSED:
            default:
                return EnumSet.noneOf(CaseStatus.class);
        }
    }

    /** Returns whether a case in this status may move to {@code target}. */
    public boolean canMoveTo(CaseStatus target) {
        return this != target && next().contains(target);
    }

    /** Returns whether the case is done with ({@link #RESOLVED} or {@link #CLOSED}): its due date no longer runs. */
    public boolean isDone() {
        return this == RESOLVED || this == CLOSED;
    }
}
