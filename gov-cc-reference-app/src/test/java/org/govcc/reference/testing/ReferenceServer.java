package org.govcc.reference.testing;

import java.net.URI;
import java.nio.file.Path;

/**
 * What the integration tests need to know of the server Arquillian runs the WAR on (besides its HTTP address, which
 * a test gets as an {@code @ArquillianResource URL}): its SIP port, management interface, log and data directory.
 * The pom's failsafe configuration sets them from the {@code arquillian.*} Maven properties.
 */
public final class ReferenceServer {

    private ReferenceServer() {
    }

    /** The port the deployed line listens on for SIP (UDP and TCP) on 127.0.0.1. */
    public static int sipPort() {
        return Integer.parseInt(required("govcc.it.sipPort"));
    }

    /** The SIP target for sipp: {@code 127.0.0.1:port}. */
    public static String sipTarget() {
        return "127.0.0.1:" + sipPort();
    }

    /** The management interface (health at {@code health/ready}, {@code health/live}), ending in a slash. */
    public static URI managementUrl() {
        return URI.create(required("govcc.it.managementUrl"));
    }

    /** The server's log file. */
    public static Path serverLog() {
        return Path.of(required("govcc.it.serverLog"));
    }

    /** Returns a demonstration identity of the server's realm (see {@link Staff}). */
    public static Staff staff(String user) {
        return Staff.in(agentPasswords().getParent(), user);
    }

    /** The agents' SIP digest passwords the line generated at its first start. */
    public static Path agentPasswords() {
        return Path.of(required("govcc.it.passwords"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the test through "
                    + "Maven (the pom's failsafe configuration sets it)");
        }
        return value;
    }
}
