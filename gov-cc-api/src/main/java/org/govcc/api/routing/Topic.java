package org.govcc.api.routing;

import java.util.Map;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;
import org.govcc.api.schedule.ScheduleId;

/**
 * A subject the line serves, with its name in each language, the skill it needs and its opening hours.
 *
 * @param id the topic's identity
 * @param names the topic's name per language, as callers and agents read it; at least one
 * @param skill the skill an agent needs to serve it
 * @param schedule the opening hours that apply to it
 * @since 0.1
 */
public record Topic(TopicId id, Map<Language, String> names, SkillId skill, ScheduleId schedule) {

    /** Validates the values and freezes the names. */
    public Topic {
        Require.nonNull(id, "id");
        Require.nonNull(names, "names");
        Require.that(!names.isEmpty(), "topic " + id + " must have a name in at least one language");
        names.values().forEach(n -> Require.nonBlank(n, "name of topic " + id));
        names = Map.copyOf(names);
        Require.nonNull(skill, "skill");
        Require.nonNull(schedule, "schedule");
    }

    /** Returns the name in {@code language}, or in any language the topic has. */
    public String name(Language language) {
        String name = names.get(language);
        return name != null ? name : names.values().iterator().next();
    }
}
