package org.govcc.api.control;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.govcc.api.internal.Require;

/**
 * Something to say to a caller: a recorded prompt, or a number, duration or time the prompt catalogue
 * speaks in the caller's language.
 *
 * @since 0.1
 */
public sealed interface Announcement {

    /** Returns the recorded prompt {@code id}. */
    static Announcement prompt(String id) {
        return new Recorded(new PromptId(id));
    }

    /**
     * A recorded prompt from the catalogue.
     *
     * @param prompt the prompt's id
     */
    record Recorded(PromptId prompt) implements Announcement {
        /** Validates the value. */
        public Recorded {
            Require.nonNull(prompt, "prompt");
        }
    }

    /**
     * A cardinal number (e.g. a queue position spoken as "three").
     *
     * @param value 0 or more
     */
    record SpokenNumber(long value) implements Announcement {
        /** Validates the value. */
        public SpokenNumber {
            Require.nonNegative(value, "spoken number");
        }
    }

    /**
     * An ordinal position ("you are third"), for languages whose catalogues speak ordinals.
     *
     * @param value 1 or more
     */
    record SpokenOrdinal(int value) implements Announcement {
        /** Validates the value. */
        public SpokenOrdinal {
            Require.inRange(value, 1, Integer.MAX_VALUE, "spoken ordinal");
        }
    }

    /**
     * A duration, spoken in minutes (rounded up) or hours and minutes.
     *
     * @param value not negative
     */
    record SpokenDuration(Duration value) implements Announcement {
        /** Validates the value. */
        public SpokenDuration {
            Require.nonNull(value, "spoken duration");
            Require.that(!value.isNegative(), "spoken duration must not be negative, but was " + value);
        }
    }

    /**
     * A day and time (e.g. the next opening: "Tuesday at 08:00"), in the time zone given.
     *
     * @param value the date and time
     */
    record SpokenDateTime(ZonedDateTime value) implements Announcement {
        /** Validates the value. */
        public SpokenDateTime {
            Require.nonNull(value, "spoken date-time");
        }
    }
}
