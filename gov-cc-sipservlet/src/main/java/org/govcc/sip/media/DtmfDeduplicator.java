package org.govcc.sip.media;

import java.time.Duration;
import org.govcc.api.internal.Require;

/**
 * Drops a digit that arrives a second time by the other path: phones that send both RFC 4733 events and SIP INFO
 * for one key press would otherwise press it twice. The same digit again by the same path is a new key press.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class DtmfDeduplicator {

    /** How a digit arrived. */
    public enum Path {
        /** RFC 4733 telephone-event in RTP. */
        RTP,
        /** SIP INFO application/dtmf-relay. */
        SIP_INFO
    }

    private final long windowNanos;
    private char lastDigit;
    private Path lastPath;
    private long lastAt;
    private boolean matched;

    /** Creates a de-duplicator that pairs digits arriving within {@code window} of each other. */
    public DtmfDeduplicator(Duration window) {
        this.windowNanos = Require.nonNull(window, "window").toNanos();
    }

    /** Returns whether {@code digit}, arriving by {@code path} at {@code nanoTime}, is a new key press. */
    public synchronized boolean accept(char digit, Path path, long nanoTime) {
        boolean duplicate = lastPath != null && !matched && lastPath != path && lastDigit == digit
                && nanoTime - lastAt <= windowNanos;
        if (duplicate) {
            matched = true;
            return false;
        }
        lastDigit = digit;
        lastPath = path;
        lastAt = nanoTime;
        matched = false;
        return true;
    }
}
