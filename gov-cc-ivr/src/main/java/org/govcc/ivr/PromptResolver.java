package org.govcc.ivr;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallVariables;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.PromptId;
import org.govcc.ivr.flow.PromptItem;
import org.govcc.ivr.prompt.PromptCatalogue;

/** Turns a node's prompt items into what the call side plays, with the call's variables. Stateless. */
final class PromptResolver {

    private static final System.Logger LOG = System.getLogger(PromptResolver.class.getName());

    private PromptResolver() {
    }

    /**
     * Returns what {@code items} say with the call's {@code variables}: a variable's prompt only if the catalogue has
     * it in {@code language} (else the item's general prompt), numbers, durations and times spoken from variables; a
     * value that cannot be spoken is left out rather than failing the call.
     */
    static List<Announcement> resolve(List<PromptItem> items, CallVariables variables, Language language,
                                      ZoneId zone, Optional<PromptCatalogue> prompts, CallId call) {
        List<Announcement> out = new ArrayList<>(items.size());
        for (PromptItem item : items) {
            announcement(item, variables, language, zone, prompts, call).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Announcement> announcement(PromptItem item, CallVariables variables, Language language,
                                                       ZoneId zone, Optional<PromptCatalogue> prompts, CallId call) {
        if (item instanceof PromptItem.Say) {
            return Optional.of(new Announcement.Recorded(((PromptItem.Say) item).prompt()));
        }
        if (item instanceof PromptItem.SayVariablePrompt) {
            PromptItem.SayVariablePrompt v = (PromptItem.SayVariablePrompt) item;
            Optional<String> value = variables.get(v.variable());
            PromptId chosen = v.otherwise();
            if (value.isPresent() && !value.get().isBlank()) {
                try {
                    PromptId candidate = new PromptId(v.promptFor(value.get()));
                    if (prompts.map(c -> c.contains(language, candidate)).orElse(true)) {
                        chosen = candidate;
                    }
                } catch (IllegalArgumentException e) {
                    // The value does not make a prompt id: say the general prompt.
                }
            }
            return Optional.of(new Announcement.Recorded(chosen));
        }
        try {
            if (item instanceof PromptItem.SayNumber) {
                return variables.get(((PromptItem.SayNumber) item).variable())
                        .map(s -> new Announcement.SpokenNumber(Long.parseLong(s.trim())));
            }
            if (item instanceof PromptItem.SayDuration) {
                return variables.get(((PromptItem.SayDuration) item).variable())
                        .map(s -> new Announcement.SpokenDuration(Duration.parse(s.trim())));
            }
            PromptItem.SayDateTime d = (PromptItem.SayDateTime) item;
            return variables.get(d.variable())
                    .map(s -> new Announcement.SpokenDateTime(Instant.parse(s.trim()).atZone(zone)));
        } catch (RuntimeException e) {
            // A value that cannot be spoken is left out rather than failing the call.
            LOG.log(Level.DEBUG, "cannot speak " + item + " for call " + call + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
