package org.govcc.ivr.prompt;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.PromptId;

/**
 * Prompt ids -> audio, per language. A ministry replaces the audio files (same names) with recorded voice without
 * code changes. Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface PromptCatalogue {

    /** The languages the catalogue has audio for. */
    Set<Language> languages();

    /** Returns the audio of {@code prompt} in {@code language}, if the catalogue has it. */
    Optional<URL> audio(Language language, PromptId prompt);

    /** Returns whether the catalogue has {@code prompt} in {@code language}. */
    default boolean contains(Language language, PromptId prompt) {
        return audio(language, prompt).isPresent();
    }

    /** Returns the prompt ids the catalogue has in {@code language}. */
    Set<PromptId> prompts(Language language);

    /**
     * Returns the audio that says {@code announcement} in {@code language}, in order: a recorded prompt, or a
     * number, duration or date composed from word prompts by the language's {@link Speaker}. Parts the catalogue
     * lacks are left out; an announcement in a language without a speaker says only recorded prompts.
     */
    default List<URL> audioFor(Language language, Announcement announcement) {
        List<PromptId> ids;
        if (announcement instanceof Announcement.Recorded) {
            ids = List.of(((Announcement.Recorded) announcement).prompt());
        } else {
            ids = Speakers.forLanguage(language).map(s -> s.expand(announcement)).orElse(List.of());
        }
        List<URL> out = new ArrayList<>(ids.size());
        for (PromptId id : ids) {
            audio(language, id).ifPresent(out::add);
        }
        return out;
    }
}
