package org.govcc.api.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a citizen request stands. {@link #canMoveTo} holds the legal transitions.
 *
 * @since 0.1
 */
public enum CaseStatus {
    /** Received, nobody working on it yet. */
    OPEN,
    /** Somebody is working on it. */
    IN_PROGRESS,
    /** Answered or done; may be reopened if the citizen comes back. */
    RESOLVED,
    /** Handed to another body (e.g. the Labour Inspectorate); may come back. */
    REFERRED,
    /** Finished for good. */
    CLOSED;

    /** Returns the statuses this one may move to. */
    public Set<CaseStatus> next() {
        switch (this) {
            case OPEN:
                return EnumSet.of(IN_PROGRESS, RESOLVED, REFERRED, CLOSED);
            case IN_PROGRESS:
                return EnumSet.of(RESOLVED, REFERRED, CLOSED);
            case RESOLVED:
                return EnumSet.of(IN_PROGRESS, CLOSED);
            case REFERRED:
                return EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED:
            default:
                return EnumSet.noneOf(CaseStatus.class);
        }
    }

    /** Returns whether a case in this status may move to {@code target}. */
    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }
}
