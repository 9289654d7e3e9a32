package org.govcc.reference.line;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.govcc.api.internal.Require;

/**
 * Where the reference line listens and where it keeps its secrets.
 *
 * @param bindAddress the address SIP and RTP bind to
 * @param sipPort the SIP port (UDP and TCP)
 * @param rtpFirstPort the first RTP port
 * @param rtpLastPort the last RTP port
 * @param admissionLimit the most simultaneous calls before INVITEs get 503; empty for the configuration's
 *                       ({@code lines.json})
 * @param agentPasswords a properties file {@code agentId=password} for the agents' phones; empty means generate
 *                       random passwords into {@code generatedPasswords}
 * @param generatedPasswords where generated passwords are written (owner-readable only)
 */
public record LineSettings(String bindAddress, int sipPort, int rtpFirstPort, int rtpLastPort, OptionalInt admissionLimit,
                           Optional<Path> agentPasswords, Path generatedPasswords) {

    /** Validates the values. */
    public LineSettings {
        Require.nonBlank(bindAddress, "bindAddress");
        Require.inRange(sipPort, 1, 65535, "sipPort");
        Require.inRange(rtpFirstPort, 1024, 65534, "rtpFirstPort");
        Require.inRange(rtpLastPort, rtpFirstPort + 1, 65535, "rtpLastPort");
        Require.nonNull(admissionLimit, "admissionLimit");
        admissionLimit.ifPresent(limit -> Require.inRange(limit, 1, 1_000_000, "admissionLimit"));
        Require.nonNull(agentPasswords, "agentPasswords");
        Require.nonNull(generatedPasswords, "generatedPasswords");
    }

    /**
     * Reads the settings from system properties ({@code govcc.bind}, {@code govcc.sip.port}, {@code govcc.rtp.ports}
     * as {@code first-last}, {@code govcc.admission.limit}, {@code govcc.agent.passwords}), with the embedded
     * defaults: 127.0.0.1, 5060, 30000-31998, the configuration's admission limit, generated passwords in {@code dataDir}.
     */
    public static LineSettings fromSystemProperties(Path dataDir) {
        String[] rtp = System.getProperty("govcc.rtp.ports", "30000-31998").split("-", 2);
        Require.that(rtp.length == 2, "govcc.rtp.ports must be first-last, but was " + System.getProperty("govcc.rtp.ports"));
        return new LineSettings(
                System.getProperty("govcc.bind", "127.0.0.1"),
                integer("govcc.sip.port", "5060"),
                parse("govcc.rtp.ports", rtp[0]),
                parse("govcc.rtp.ports", rtp[1]),
                System.getProperty("govcc.admission.limit") == null ? OptionalInt.empty()
                        : OptionalInt.of(integer("govcc.admission.limit", "150")),
                Optional.ofNullable(System.getProperty("govcc.agent.passwords")).map(Path::of),
                dataDir.resolve("govcc-agent-passwords.properties"));
    }

    /** Returns where the agents' phone registrations are kept across restarts (beside the generated passwords). */
    public Path registrationsFile() {
        return generatedPasswords.toAbsolutePath().resolveSibling("govcc-agent-registrations.tsv");
    }

    /**
     * Returns how long a shutdown lets calls in progress go on ({@code govcc.drain.seconds}, 30 by default; 0 ends
     * them at once).
     */
    public static Duration drainTimeoutFromSystemProperties() {
        int seconds = integer("govcc.drain.seconds", "30");
        Require.inRange(seconds, 0, 3600, "govcc.drain.seconds");
        return Duration.ofSeconds(seconds);
    }

    private static int integer(String property, String fallback) {
        return parse(property, System.getProperty(property, fallback));
    }

    private static int parse(String property, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a number, but was '" + text + "'", e);
        }
    }
}
