package org.govcc.reference.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.govcc.api.internal.Require;

/**
 * The outbound SIP trunk from the optional {@code trunk.json}: the gateway through which callbacks and transfers
 * (e.g. 112) reach the public network. Holds where the password is, never the password. Immutable.
 *
 * @param host the gateway's host name or address
 * @param port its SIP port
 * @param transport UDP or TCP
 * @param credentials digest credentials, if the gateway asks for them
 * @param nationalPrefix what is put before national numbers (e.g. {@code +30}); may be empty
 */
public record TrunkConfig(String host, int port, Transport transport, Optional<Credentials> credentials,
                          String nationalPrefix) {

    /** The default SIP port. */
    public static final int DEFAULT_PORT = 5060;

    /** Validates the values. */
    public TrunkConfig {
        Require.nonBlank(host, "host");
        Require.inRange(port, 1, 65535, "port");
        Require.nonNull(transport, "transport");
        Require.nonNull(credentials, "credentials");
        Require.nonNull(nationalPrefix, "nationalPrefix");
    }

    /** Returns the gateway as {@code host:port}. */
    public String hostPort() {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The trunk's transport. */
    public enum Transport {
        /** SIP over UDP. */
        UDP,
        /** SIP over TCP. */
        TCP;

        /** Returns the transport as SIP writes it ({@code udp}, {@code tcp}). */
        public String sipName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Digest credentials of the trunk.
     *
     * @param username the user name
     * @param passwordFile the file that holds the password alone, outside the configuration directory
     */
    public record Credentials(String username, Path passwordFile) {
        /** Validates the values. */
        public Credentials {
            Require.nonBlank(username, "username");
            Require.nonNull(passwordFile, "passwordFile");
        }
    }
}
