package org.govcc.api.complaint;

import java.util.Set;

/**
 * Where a complaint stands: open while the officer works it, referred once another authority has it, closed at the
 * end (and from then on its retention runs).
 *
 * @since 0.2
 */
public enum ComplaintStatus {
    /** Received; the complaint officer works it. */
    OPEN,
    /** Referred to at least one authority (Labour Inspectorate, SOS 15900, police); still followed. */
    REFERRED,
    /** Done: nothing more is done for it; kept for its retention, then purged. */
    CLOSED;

    /** Returns the statuses this one may move to. */
    public Set<ComplaintStatus> next() {
        switch (this) {
            case OPEN:
                return Set.of(REFERRED, CLOSED);
            case REFERRED:
                return Set.of(CLOSED);
            default:
                return Set.of();
        }
    }

    /** Returns whether a complaint in this status may move to {@code to}. */
    public boolean canMoveTo(ComplaintStatus to) {
        return next().contains(to);
    }
}
