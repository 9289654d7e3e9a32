package org.govcc.ivr.prompt;

import java.util.Map;
import java.util.Optional;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;

/**
 * The built-in speakers: Greek and English.
 *
 * @since 0.1
 */
public final class Speakers {

    private static final Map<Language, Speaker> BUILT_IN = Map.of(
            Language.GREEK, new GreekSpeaker(),
            Language.ENGLISH, new EnglishSpeaker());

    private Speakers() {
    }

    /** Returns the built-in speaker for {@code language}, if there is one. */
    public static Optional<Speaker> forLanguage(Language language) {
        Require.nonNull(language, "language");
        return Optional.ofNullable(BUILT_IN.get(language));
    }
}
