package org.govcc.reference.config;

import java.util.Map;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Language;
import org.govcc.api.internal.Require;

/**
 * A supervised body whose agents answer some topics (e.g. e-EFKA for insurance and pensions), from
 * {@code topics.json}. Immutable.
 *
 * @param id the body's id, which roster agents name
 * @param names its name per language
 */
public record Body(OrganisationId id, Map<Language, String> names) {
    /** Validates the values and freezes the names. */
    public Body {
        Require.nonNull(id, "id");
        names = Map.copyOf(Require.nonNull(names, "names"));
        Require.that(!names.isEmpty(), "body " + id + " needs a name");
    }
}
