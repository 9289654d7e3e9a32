package org.govcc.reference.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.govcc.reference.config.LineConfiguration;

/**
 * Generates the embedded default realm's demonstration identities when the WAR first starts on a server prepared by
 * {@code govcc-security.cli} (see {@link StaffIdentities}). {@code -Dgovcc.staff.seed=false} turns it off, for a
 * deployment whose realm is its own.
 */
@ApplicationScoped
public class StaffStartup {

    /** The users file of the embedded realm, in the server's configuration directory. */
    public static final String USERS_FILE = "govcc-users.properties";

    /** The roles file of the embedded realm, beside the users file. */
    public static final String ROLES_FILE = "govcc-roles.properties";

    /** The generated passwords, in the server's data directory. */
    public static final String PASSWORDS_FILE = "govcc-staff-passwords.properties";

    @Inject
    LineConfiguration configuration;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!Boolean.parseBoolean(System.getProperty("govcc.staff.seed", "true"))) {
            return;
        }
        String configDir = System.getProperty("jboss.server.config.dir");
        String dataDir = System.getProperty("jboss.server.data.dir");
        if (configDir == null || dataDir == null) {
            return;
        }
        StaffIdentities.generateIfEmpty(configuration.roster(), configuration.confidentialSkills(),
                Path.of(configDir, USERS_FILE), Path.of(configDir, ROLES_FILE), Path.of(dataDir, PASSWORDS_FILE));
    }
}
