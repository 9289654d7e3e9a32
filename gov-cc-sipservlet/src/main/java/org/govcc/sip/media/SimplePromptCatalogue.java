package org.govcc.sip.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.internal.Require;

/**
 * A catalogue that plays recorded prompts by id and speaks numbers digit by digit with prompts
 * {@code digit-0..digit-9}, minutes with {@code minutes}; the IVR module's catalogues speak them properly.
 */
final class SimplePromptCatalogue implements PromptCatalogue {

    private final PromptLookup lookup;

    SimplePromptCatalogue(PromptLookup lookup) {
        this.lookup = Require.nonNull(lookup, "lookup");
    }

    @Override
    public List<AudioClip> render(Announcement announcement, Language language) {
        List<AudioClip> out = new ArrayList<>();
        if (announcement instanceof Announcement.Recorded) {
            add(out, ((Announcement.Recorded) announcement).prompt().value(), language);
        } else if (announcement instanceof Announcement.SpokenNumber) {
            digits(out, Long.toString(((Announcement.SpokenNumber) announcement).value()), language);
        } else if (announcement instanceof Announcement.SpokenOrdinal) {
            digits(out, Integer.toString(((Announcement.SpokenOrdinal) announcement).value()), language);
        } else if (announcement instanceof Announcement.SpokenDuration) {
            long minutes = (((Announcement.SpokenDuration) announcement).value().toSeconds() + 59) / 60;
            digits(out, Long.toString(minutes), language);
            add(out, "minutes", language);
        } else if (announcement instanceof Announcement.SpokenDateTime) {
            var t = ((Announcement.SpokenDateTime) announcement).value();
            digits(out, String.format("%02d%02d", t.getHour(), t.getMinute()), language);
        }
        return out;
    }

    private void digits(List<AudioClip> out, String digits, Language language) {
        for (char c : digits.toCharArray()) {
            add(out, "digit-" + c, language);
        }
    }

    private void add(List<AudioClip> out, String id, Language language) {
        Optional<AudioClip> clip = lookup.find(id, language);
        clip.ifPresent(out::add);
    }
}
