package org.govcc.reference.testing;

import java.nio.file.Path;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Gives the WildFly that Arquillian starts a base directory of its own before it starts: a fresh copy of the
 * unpacked distribution's {@code standalone/} (without its data, logs and deployments) at
 * {@code govcc.arquillian.baseDir}, which {@code arquillian.xml} passes to the server as {@code jboss.server.base.dir}.
 *
 * <p>So the tests' server never sees a database, a log or a deployment that another run of the unpacked server
 * ({@code wildfly:run}, a {@link WildFlyServer}) left behind, and starts on an empty H2 file. Registered through
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public final class ArquillianServerBase implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Preparer.class);
    }

    /** Arquillian's observer; it runs on Arquillian's thread, once per container start. */
    public static final class Preparer {

        /** Prepares the base directory; Arquillian then builds the server's command line, which checks it exists. */
        public void prepare(@Observes BeforeStart event) {
            ServerBaseDirectory.prepare(WildFlyServer.defaultHome(), Path.of(required("govcc.arquillian.baseDir")),
                    required("govcc.it.serverConfig"));
        }

        private static String required(String property) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("system property " + property + " is not set: the pom's failsafe "
                        + "configuration sets it for Arquillian's server");
            }
            return value;
        }
    }
}
