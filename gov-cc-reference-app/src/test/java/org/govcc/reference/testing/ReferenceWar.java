package org.govcc.reference.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.security.CodeSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The reference WAR as Arquillian deploys it: the file the build made, so the tests run exactly what users deploy. */
public final class ReferenceWar {

    private ReferenceWar() {
    }

    /**
     * Returns the built WAR ({@code target/gov-cc.war}, see {@link WildFlyServer#defaultWar()}) as an archive named
     * {@code gov-cc.war}, so its context root is {@code /gov-cc/}. Each call reads the file again.
     */
    public static WebArchive asBuilt() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, WildFlyServer.defaultWar().toFile());
    }

    /**
     * Returns the jar (or classes folder) on the test class path that holds {@code type}, for an in-container test
     * to take its libraries into the WAR (e.g. AssertJ).
     */
    public static File libraryOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) { // the JDK's own classes have none
            throw new IllegalArgumentException(type.getName() + " does not come from the test class path");
        }
        try {
            return new File(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from", e);
        }
    }
}
