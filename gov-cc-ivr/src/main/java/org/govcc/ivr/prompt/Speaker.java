package org.govcc.ivr.prompt;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.PromptId;

/**
 * Turns announcements into the recorded prompts that say them in one language: numbers, ordinals, durations
 * and dates are composed from word prompts ({@code num.3}, {@code word.minutes}, ...), with the language's
 * grammar. Implementations are stateless and thread-safe.
 *
 * @since 0.1
 */
public interface Speaker {

    /** The language spoken. */
    Language language();

    /** Returns the prompts that say {@code announcement}, in order. */
    default List<PromptId> expand(Announcement announcement) {
        if (announcement instanceof Announcement.Recorded) {
            return List.of(((Announcement.Recorded) announcement).prompt());
        }
        if (announcement instanceof Announcement.SpokenNumber) {
            return number(((Announcement.SpokenNumber) announcement).value());
        }
        if (announcement instanceof Announcement.SpokenOrdinal) {
            return ordinal(((Announcement.SpokenOrdinal) announcement).value());
        }
        if (announcement instanceof Announcement.SpokenDuration) {
            return duration(((Announcement.SpokenDuration) announcement).value());
        }
        return dateTime(((Announcement.SpokenDateTime) announcement).value());
    }

    /** Says a cardinal number, as used for counting things of neutral gender. */
    List<PromptId> number(long value);

    /** Says a position in a queue ("third"), phrased so that it does not assume the caller's gender. */
    List<PromptId> ordinal(int value);

    /** Says a duration in minutes (rounded up), or hours and minutes. */
    List<PromptId> duration(Duration value);

    /** Says a day and time: weekday, date, month and time of day. */
    List<PromptId> dateTime(ZonedDateTime value);

    /** Every word prompt this speaker can produce: a catalogue for this language must have them all. */
    Set<PromptId> vocabulary();
}
