package org.govcc.sip.media;

import java.util.List;
import java.util.Optional;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;

/**
 * Turns announcements into audio in a caller's language.
 *
 * <p>Implementations are thread-safe; they should cache, since prompts are played thousands of times.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PromptCatalogue {

    /**
     * Returns the clips that speak {@code announcement} in {@code language}; empty if the catalogue has nothing
     * for it (the line then plays nothing for it and logs, rather than dropping the call).
     */
    List<AudioClip> render(Announcement announcement, Language language);

    /** Returns a catalogue backed by {@code lookup}: recorded prompts only; spoken numbers as digit prompts. */
    static PromptCatalogue ofPrompts(PromptLookup lookup) {
        return new SimplePromptCatalogue(lookup);
    }

    /** Finds one recorded prompt's audio. */
    @FunctionalInterface
    interface PromptLookup {
        /** Returns the audio of prompt {@code id} in {@code language}, if there is one. */
        Optional<AudioClip> find(String id, Language language);
    }
}
