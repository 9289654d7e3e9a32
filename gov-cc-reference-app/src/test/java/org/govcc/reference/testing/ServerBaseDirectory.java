package org.govcc.reference.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a server's private base directory from the distribution's {@code standalone/}: for a {@link WildFlyServer},
 * and for the server Arquillian starts ({@link ArquillianServerBase}). The copy keeps the distribution's credential
 * store ({@value #KEYS}), so that every test server reads the keys the build made.
 */
final class ServerBaseDirectory {

    /** The credential store with the line's keys, under a base directory. */
    static final String KEYS = "data/govcc/credentials.cs";

    private ServerBaseDirectory() {
    }

    /**
     * Replaces {@code base} with a copy of {@code wildfly}'s {@code standalone/}, without what the distribution's
     * own runs left (data, logs, deployments), and puts {@code war} in its {@code deployments/} as {@code warName}.
     */
    static void prepare(Path wildfly, Path base, String serverConfig, Path war, String warName) {
        prepare(wildfly, base, serverConfig);
        try {
            Files.copy(war, base.resolve("deployments").resolve(warName), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put " + war + " in " + base, e);
        }
    }

    /**
     * Replaces {@code base} with a copy of {@code wildfly}'s {@code standalone/}, without what the distribution's
     * own runs left (data, logs, deployments, and the deployments named in {@code serverConfig}).
     */
    static void prepare(Path wildfly, Path base, String serverConfig) {
        try {
            Trees.replaceWithCopy(wildfly.resolve("standalone"), base);
            // Only what this server deploys: not what the distribution's deployments/ may hold.
            Path deployments = base.resolve("deployments");
            try (Stream<Path> left = Files.list(deployments)) {
                for (Path p : (Iterable<Path>) left::iterator) {
                    if (!p.getFileName().toString().startsWith("README")) {
                        Trees.delete(p);
                    }
                }
            }
            // Nothing of the distribution's own runs (a server the build started) comes along, but the credential
            // store the build made with the line's keys (scripts/wildfly/govcc-credential-store.cli): without it the
            // WAR refuses to deploy. It stays owner-only.
            Path store = base.resolve(KEYS);
            byte[] keys = Files.exists(store) ? Files.readAllBytes(store) : null;
            for (String leftBehind : List.of("data", "log", "tmp")) {
                Trees.delete(base.resolve(leftBehind));
            }
            if (keys != null) {
                Files.createDirectories(store.getParent());
                Files.write(store, keys);
                Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-------"));
            }
            // Nor what a server run on the distribution itself (wildfly:run) has deployed through management: its
            // content lives in the data directory left behind, and the name would clash with ours.
            Path config = base.resolve("configuration").resolve(serverConfig);
            String xml = Files.readString(config, StandardCharsets.UTF_8);
            Files.writeString(config, xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""),
                    StandardCharsets.UTF_8);
            Trees.delete(base.resolve("configuration").resolve(serverConfig.replace(".xml", "_xml_history")));
            // WildFly writes logging.properties with its log file's absolute path (the build's offline jboss-cli run
            // did), and the boot reads it before the logging subsystem starts: the copy logs into its own log/
            // from its first line, not into the distribution's.
            Path logging = base.resolve("configuration").resolve("logging.properties");
            if (Files.exists(logging)) {
                String properties = Files.readString(logging, StandardCharsets.ISO_8859_1);
                Files.writeString(logging, properties.replace(
                        wildfly.resolve("standalone").toAbsolutePath().normalize().toString(),
                        base.toAbsolutePath().normalize().toString()), StandardCharsets.ISO_8859_1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + base, e);
        }
    }
}
