package org.govcc.reference.rest.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The REST API's JSON-B: a body with a property the resource does not take is refused, not silently dropped, so that
 * a client that sends {@code "author"} or {@code "actor"} learns that the server takes neither (the signed-in user is
 * always who acts). Otherwise JSON-B's defaults.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
