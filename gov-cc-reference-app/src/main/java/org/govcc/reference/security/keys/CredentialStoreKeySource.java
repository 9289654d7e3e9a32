package org.govcc.reference.security.keys;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.govcc.api.internal.Require;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.CredentialStoreException;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/**
 * The keys of an Elytron credential store: in the server, the store the Elytron subsystem runs under a name
 * ({@code /subsystem=elytron/secret-key-credential-store=govcc-keys}); outside it, for the command-line tools, the
 * same store's file ({@code data/govcc/credentials.cs}). Thread-safe (the store is).
 */
public final class CredentialStoreKeySource implements KeySource {

    /** The name of the line's credential store in the server configuration. */
    public static final String DEFAULT_STORE = "govcc-keys";

    /** The credential store's file under the server's base directory. */
    public static final String DEFAULT_FILE = "data/govcc/credentials.cs";

    /**
     * The MSC service of the Elytron capability {@code org.wildfly.security.credential-store} under a store's name;
     * its value is the running {@link CredentialStore}.
     */
    static final String CAPABILITY_SERVICE = "org.wildfly.security.credential-store.";

    private final CredentialStore store;
    private final String description;

    private CredentialStoreKeySource(CredentialStore store, String description) {
        this.store = store;
        this.description = description;
    }

    /**
     * The credential store named {@code name} in the running server (a {@code secret-key-credential-store} or a
     * {@code credential-store} of the Elytron subsystem), found through the server's service container. The
     * deployment needs the modules {@code org.wildfly.security.elytron}, {@code org.jboss.msc} and
     * {@code org.jboss.as.server} (WEB-INF/jboss-deployment-structure.xml).
     *
     * @throws MissingKeyException if there is no such store, or it did not start
     */
    public static CredentialStoreKeySource server(String name) {
        Require.id(name, "credential store");
        return new CredentialStoreKeySource(ServerServices.credentialStore(name),
                "credential store '" + name + "' (/subsystem=elytron/secret-key-credential-store=" + name + ")");
    }

    /**
     * The credential store in {@code file}, read as Elytron's {@code PropertiesCredentialStore} (the format of a
     * {@code secret-key-credential-store}); the file is neither created nor changed.
     *
     * @throws MissingKeyException if the file does not exist or cannot be read as a credential store
     */
    public static CredentialStoreKeySource file(Path file) {
        Require.nonNull(file, "credential store file");
        if (!Files.isRegularFile(file)) {
            throw new MissingKeyException("no credential store at " + file + ": the server makes it on its first"
                    + " start, and " + MissingKeyException.MAKE_KEYS + " puts the line's keys in it");
        }
        try {
            CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore",
                    WildFlyElytronCredentialStoreProvider.getInstance());
            store.initialize(Map.of("location", file.toAbsolutePath().toString(), "create", "false"));
            return new CredentialStoreKeySource(store, "credential store file " + file);
        } catch (java.security.GeneralSecurityException e) {
            throw new MissingKeyException("cannot read the credential store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> aliases() {
        try {
            return Set.copyOf(store.getAliases());
        } catch (CredentialStoreException | UnsupportedOperationException e) {
            throw new MissingKeyException("cannot list the aliases of the " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<SecretKey> key(String alias) {
        Require.nonNull(alias, "alias");
        try {
            SecretKeyCredential credential = store.retrieve(alias, SecretKeyCredential.class);
            return Optional.ofNullable(credential).map(SecretKeyCredential::getSecretKey);
        } catch (CredentialStoreException e) {
            throw new MissingKeyException("cannot read key '" + alias + "' from the " + description + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The server's MSC services, reached by reflection: the service container's classes are the server's
     * ({@code org.jboss.msc}, {@code org.jboss.as.server}), which the deployment sees at run time through its module
     * dependencies, and which no Maven build of the line needs to have (only Elytron's API is compiled against).
     */
    static final class ServerServices {

        /** How long a store that is still starting (while the server boots) is waited for. */
        private static final long START_SECONDS = 30;

        private ServerServices() {
        }

        static CredentialStore credentialStore(String name) {
            String service = CAPABILITY_SERVICE + name;
            ClassLoader loader = CredentialStoreKeySource.class.getClassLoader();
            Object controller;
            try {
                Class<?> current = Class.forName("org.jboss.as.server.CurrentServiceContainer", true, loader);
                Object container = current.getMethod("getServiceContainer").invoke(null);
                Class<?> serviceName = Class.forName("org.jboss.msc.service.ServiceName", true, loader);
                Object parsed = serviceName.getMethod("parse", String.class).invoke(null, service);
                Class<?> registry = Class.forName("org.jboss.msc.service.ServiceRegistry", true, loader);
                controller = registry.getMethod("getService", serviceName).invoke(container, parsed);
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
                throw new MissingKeyException("cannot reach the server's services to find the credential store '"
                        + name + "' (is this WildFly, with org.jboss.msc and org.jboss.as.server in"
                        + " jboss-deployment-structure.xml?): " + e, e);
            } catch (InvocationTargetException e) {
                throw new MissingKeyException("cannot reach the server's services to find the credential store '"
                        + name + "': " + e.getCause(), e.getCause());
            }
            if (controller == null) {
                throw new MissingKeyException("the server has no credential store '" + name + "' (no service "
                        + service + "): add it with scripts/wildfly/govcc-credential-store.cli, then make the line's"
                        + " keys with " + MissingKeyException.MAKE_KEYS);
            }
            try {
                Class<?> controllerType = Class.forName("org.jboss.msc.service.ServiceController", true, loader);
                Method await = controllerType.getMethod("awaitValue", long.class, TimeUnit.class);
                Object value = await.invoke(controller, START_SECONDS, TimeUnit.SECONDS);
                if (!(value instanceof CredentialStore)) {
                    throw new MissingKeyException("service " + service + " is not a credential store but "
                            + (value == null ? "empty" : value.getClass().getName()));
                }
                return (CredentialStore) value;
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
                throw new MissingKeyException("cannot read the server's credential store '" + name + "': " + e, e);
            } catch (InvocationTargetException e) {
                throw new MissingKeyException("the server's credential store '" + name + "' did not start (see the"
                        + " server log; its file is data/govcc/credentials.cs): " + e.getCause(), e.getCause());
            }
        }
    }
}
