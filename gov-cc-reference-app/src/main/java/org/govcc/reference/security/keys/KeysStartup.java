package org.govcc.reference.security.keys;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Fails the deployment at its start when the credential store or a purpose's key is missing, with the alias and the
 * command that makes it in the server log: a line that could not seal a complaint or chain its audit must not take
 * calls. Runs before the database and the SIP line start.
 *
 * <p>It also makes the store's file ({@value CredentialStoreKeySource#DEFAULT_FILE} under the server's base
 * directory) readable by its owner only if it is not: Elytron writes the file with the umask of the process that
 * changed it last (a build's offline CLI, a running server's rotation), which is often 022.
 */
@ApplicationScoped
public class KeysStartup {

    private static final Logger LOG = Logger.getLogger(KeysStartup.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
        String base = System.getProperty("jboss.server.base.dir");
        if (base != null) {
            ownerOnly(Path.of(base).resolve(CredentialStoreKeySource.DEFAULT_FILE));
        }
    }

    /** Makes {@code store} owner-only if it is readable by others; logs what it did. */
    static void ownerOnly(Path store) {
        try {
            if (Files.isRegularFile(store) && !Files.getPosixFilePermissions(store).equals(OWNER_ONLY)) {
                String was = PosixFilePermissions.toString(Files.getPosixFilePermissions(store));
                Files.setPosixFilePermissions(store, OWNER_ONLY);
                LOG.warning(() -> "gov-cc keys: the credential store " + store + " was " + was
                        + "; made owner-only (rw-------)");
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(() -> "gov-cc keys: cannot make the credential store " + store + " owner-only: " + e);
        }
    }
}
