package org.govcc.reference.security.keys;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * Fails the deployment at its start when the credential store or a purpose's key is missing, with the alias and the
 * command that makes it in the server log: a line that could not seal a complaint or chain its audit must not take
 * calls. Runs before the database and the SIP line start.
 */
@ApplicationScoped
public class KeysStartup {

    private static final Logger LOG = Logger.getLogger(KeysStartup.class.getName());

    @Inject
    SecretKeys keys;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) @Initialized(ApplicationScoped.class)
            Object ignored) {
        try {
            keys.requireAll();
        } catch (MissingKeyException e) {
            LOG.severe("gov-cc refuses to start the line: " + e.getMessage());
            throw e;
        }
    }
}
