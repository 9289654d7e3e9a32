package org.govcc.ivr.prompt;

import java.net.URL;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Language;
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
}
