package org.govcc.sip.media;

import java.nio.ByteBuffer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The header of the RTP stream an endpoint sends (RFC 3550 section 5.1): a random SSRC, sequence number and
 * timestamp to start from, and the marker bit on the first packet after a break in the audio (a new prompt, a
 * bridge made or ended). Not thread-safe: its endpoint's lock guards it.
 */
final class RtpStreamHeader {

    /** The length of a header without CSRCs. */
    static final int LENGTH = 12;

    private final int ssrc = ThreadLocalRandom.current().nextInt();
    private int sequence = ThreadLocalRandom.current().nextInt(0x10000);
    private int timestamp = ThreadLocalRandom.current().nextInt();
    private boolean marker = true;

    /** Writes the next packet's header for {@code payloadType} into {@code b}. */
    void write(ByteBuffer b, int payloadType) {
        b.put((byte) 0x80);
        b.put((byte) ((marker ? 0x80 : 0) | payloadType));
        marker = false;
        b.putShort((short) sequence);
        sequence = (sequence + 1) & 0xFFFF;
        b.putInt(timestamp);
        b.putInt(ssrc);
    }

    /** Marks the next packet as the start of a talkspurt. */
    void mark() {
        marker = true;
    }

    /** Moves the timestamp on by one packet's samples, sent or not: the stream's clock runs in real time. */
    void advance() {
        timestamp += Codec.SAMPLES_PER_PACKET;
    }
}
