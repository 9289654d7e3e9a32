package org.govcc.sip.media;

/**
 * Receives what happens on an {@link RtpEndpoint}. Called on the media threads: must return quickly, never block.
 *
 * @since 0.1
 */
public interface MediaListener {

    /** A DTMF digit arrived as an RFC 4733 telephone-event (reported once per event). */
    default void digit(char digit) {
    }

    /** The last clip of a {@link RtpEndpoint#play} finished (not called after {@link RtpEndpoint#stopPlayback()}). */
    default void playbackFinished() {
    }

    /** No RTP arrived for longer than the inactivity time-out (the peer is gone or silent). */
    default void inactive() {
    }
}
