package org.govcc.sip.line;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.PromptId;
import org.govcc.api.internal.Require;
import org.govcc.ivr.prompt.PromptCatalogue;
import org.govcc.ivr.prompt.Speaker;
import org.govcc.ivr.prompt.Speakers;
import org.govcc.sip.media.AudioClip;
import org.govcc.sip.media.WavFile;

/**
 * Plays the IVR module's prompt catalogues: recorded prompts by id, and numbers, positions, durations and times
 * spoken by the IVR module's speakers (Greek and English grammar) as sequences of recorded words. Each WAV is read
 * once and cached.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class IvrPrompts implements org.govcc.sip.media.PromptCatalogue {

    private static final Logger LOG = Logger.getLogger(IvrPrompts.class.getName());

    private final PromptCatalogue catalogue;
    private final ConcurrentMap<String, Optional<AudioClip>> cache = new ConcurrentHashMap<>();

    /** Creates the adapter over {@code catalogue}. */
    public IvrPrompts(PromptCatalogue catalogue) {
        this.catalogue = Require.nonNull(catalogue, "catalogue");
    }

    @Override
    public List<AudioClip> render(Announcement announcement, Language language) {
        List<PromptId> ids = new ArrayList<>();
        if (announcement instanceof Announcement.Recorded) {
            ids.add(((Announcement.Recorded) announcement).prompt());
        } else {
            Optional<Speaker> speaker = Speakers.forLanguage(language);
            if (speaker.isEmpty()) {
                LOG.warning(() -> "no speaker for " + language + "; skipping " + announcement);
                return List.of();
            }
            Speaker s = speaker.get();
            if (announcement instanceof Announcement.SpokenNumber) {
                ids.addAll(s.number(((Announcement.SpokenNumber) announcement).value()));
            } else if (announcement instanceof Announcement.SpokenOrdinal) {
                ids.addAll(s.ordinal(((Announcement.SpokenOrdinal) announcement).value()));
            } else if (announcement instanceof Announcement.SpokenDuration) {
                ids.addAll(s.duration(((Announcement.SpokenDuration) announcement).value()));
            } else if (announcement instanceof Announcement.SpokenDateTime) {
                ids.addAll(s.dateTime(((Announcement.SpokenDateTime) announcement).value()));
            }
        }
        List<AudioClip> clips = new ArrayList<>(ids.size());
        for (PromptId id : ids) {
            clip(language, id).ifPresent(clips::add);
        }
        return clips;
    }

    private Optional<AudioClip> clip(Language language, PromptId id) {
        return cache.computeIfAbsent(language.code() + "/" + id.value(), k -> load(language, id));
    }

    private Optional<AudioClip> load(Language language, PromptId id) {
        Optional<URL> url = catalogue.audio(language, id);
        if (url.isEmpty()) {
            LOG.warning(() -> "prompt " + id + " missing in " + language);
            return Optional.empty();
        }
        try (InputStream in = url.get().openStream()) {
            return Optional.of(WavFile.read(url.get().toString(), in));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "prompt " + id + " in " + language + " unreadable", e);
            return Optional.empty();
        }
    }
}
