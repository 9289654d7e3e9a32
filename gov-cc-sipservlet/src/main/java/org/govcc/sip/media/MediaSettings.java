package org.govcc.sip.media;

import java.time.Duration;
import org.govcc.api.internal.Require;

/**
 * Where and how the media engine sends and receives RTP.
 *
 * @param bindAddress the local IP address for RTP sockets (also written into SDP)
 * @param firstPort the lowest RTP port (even), inclusive
 * @param lastPort the highest RTP port, inclusive
 * @param inactivityTimeout how long without any received RTP before a call is considered lost
 * @param pacingThreads how many threads send the calls' 20 ms packets (each paces its share of the calls); one
 *        thread sent about 120,000 packets/s (2,400 calls) on this project's 2-core test machine
 * @since 0.1
 */
public record MediaSettings(String bindAddress, int firstPort, int lastPort, Duration inactivityTimeout,
                            int pacingThreads) {

    /** Validates the values. */
    public MediaSettings {
        Require.nonBlank(bindAddress, "bindAddress");
        Require.inRange(firstPort, 1024, 65534, "firstPort");
        Require.inRange(lastPort, firstPort + 1, 65535, "lastPort");
        Require.nonNull(inactivityTimeout, "inactivityTimeout");
        Require.that(!inactivityTimeout.isNegative() && !inactivityTimeout.isZero(),
                "inactivityTimeout must be positive, but was " + inactivityTimeout);
        Require.inRange(pacingThreads, 1, 64, "pacingThreads");
    }

    /**
     * Returns settings on {@code bindAddress}, ports 20000-29999, 30 s inactivity time-out, one pacing thread per
     * processor (at most 8).
     */
    public static MediaSettings of(String bindAddress) {
        return new MediaSettings(bindAddress, 20000, 29999, Duration.ofSeconds(30),
                Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /** Returns a copy with another port range. */
    public MediaSettings withPorts(int first, int last) {
        return new MediaSettings(bindAddress, first, last, inactivityTimeout, pacingThreads);
    }

    /** Returns a copy with another inactivity time-out. */
    public MediaSettings withInactivityTimeout(Duration timeout) {
        return new MediaSettings(bindAddress, firstPort, lastPort, timeout, pacingThreads);
    }

    /** Returns a copy with another number of pacing threads. */
    public MediaSettings withPacingThreads(int threads) {
        return new MediaSettings(bindAddress, firstPort, lastPort, inactivityTimeout, threads);
    }

    /** Returns how many RTP ports (even numbers) the range holds. */
    public int capacity() {
        return (lastPort - firstPort) / 2 + 1;
    }
}
