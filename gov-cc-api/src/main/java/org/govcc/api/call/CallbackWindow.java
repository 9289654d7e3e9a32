package org.govcc.api.call;

import java.time.Duration;
import java.time.Instant;
import org.govcc.api.internal.Require;

/**
 * When a caller may be called back: the time they said is safe, e.g. when nobody who threatens them is near. A
 * callback is dialled only inside it; one whose window has passed is given up, never dialled late.
 *
 * @param from the first instant the caller may be dialled
 * @param until the last instant; after {@code from}
 * @since 0.4
 */
public record CallbackWindow(Instant from, Instant until) {

    /** Validates the instants. */
    public CallbackWindow {
        Require.nonNull(from, "from");
        Require.nonNull(until, "until");
        Require.that(until.isAfter(from), "a callback window must end after it starts, but ran from " + from
                + " to " + until);
    }

    /** Whether {@code at} is inside the window (both ends included). */
    public boolean contains(Instant at) {
        return !at.isBefore(from) && !at.isAfter(until);
    }

    /** Whether the window is over at {@code at}. */
    public boolean isOverAt(Instant at) {
        return at.isAfter(until);
    }

    /** How long the window lasts. */
    public Duration length() {
        return Duration.between(from, until);
    }
}
