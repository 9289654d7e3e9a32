package org.govcc.sip.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one run of the embedded container leaves outside itself: its work directory (the settings' own, or a temporary
 * one deleted at the end) holding the application's {@code WEB-INF/sip.xml} and the router's {@code dar.properties},
 * and the JVM-wide system properties Tomcat and the application router read, set for the run and restored after it.
 * Not thread-safe: the container serialises its start and stop.
 */
final class ContainerHome implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ContainerHome.class.getName());
    private static final String ROUTER_PROVIDER = "org.mobicents.servlet.sip.router.DefaultApplicationRouterProvider";
    /** The system properties a run sets JVM-wide (saved and restored). */
    private static final List<String> SYSTEM_PROPERTIES = List.of("catalina.home", "catalina.base",
            "javax.servlet.sip.ar.spi.SipApplicationRouterProvider", "javax.servlet.sip.dar");

    private final Path directory;
    private final boolean temporary;
    private final Map<String, String> savedProperties;

    private ContainerHome(Path directory, boolean temporary, Map<String, String> savedProperties) {
        this.directory = directory;
        this.temporary = temporary;
        this.savedProperties = savedProperties;
    }

    /**
     * Prepares the work directory for {@code application} and sets the system properties; on failure nothing of it is
     * left (the properties restored, a temporary directory deleted).
     */
    static ContainerHome open(SipContainerSettings settings, SipApplicationDescriptor application) throws IOException {
        Map<String, String> saved = new HashMap<>();
        for (String key : SYSTEM_PROPERTIES) {
            saved.put(key, System.getProperty(key));
        }
        boolean temporary = settings.workDirectory().isEmpty();
        Path directory = temporary ? Files.createTempDirectory("govcc-sip-") : settings.workDirectory().get();
        ContainerHome home = new ContainerHome(directory, temporary, saved);
        try {
            Files.createDirectories(home.docBase().resolve("WEB-INF"));
            Files.writeString(home.docBase().resolve("WEB-INF/sip.xml"), application.sipXml(), StandardCharsets.UTF_8);
            Files.writeString(home.dar(), application.darProperties(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            home.close();
            throw e;
        }
        System.setProperty("catalina.home", directory.toString());
        System.setProperty("catalina.base", directory.toString());
        System.setProperty("javax.servlet.sip.ar.spi.SipApplicationRouterProvider", ROUTER_PROVIDER);
        System.setProperty("javax.servlet.sip.dar", home.darLocation());
        return home;
    }

    /** The work directory (Tomcat's base and the host's application base). */
    Path directory() {
        return directory;
    }

    /** The SIP context's document base: only {@code WEB-INF/sip.xml}, so every servlet class exists once. */
    Path docBase() {
        return directory.resolve("app");
    }

    /** Where the default application router reads its configuration, as a URI. */
    String darLocation() {
        return dar().toUri().toString();
    }

    private Path dar() {
        return directory.resolve("dar.properties");
    }

    /** Restores the system properties and deletes a temporary work directory. */
    @Override
    public void close() {
        savedProperties.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        if (!temporary) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not delete " + directory, e);
        }
    }
}
