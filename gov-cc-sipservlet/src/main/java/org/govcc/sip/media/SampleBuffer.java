package org.govcc.sip.media;

import java.nio.ByteBuffer;

/**
 * One input of an {@link AudioMixer}: the decoded samples of one stream, written as its packets arrive and read
 * 160 at a time by the mixing endpoint's 20 ms tick. The two sides run on different threads and clocks, so the buffer
 * absorbs their jitter: it holds at most {@value #CAPACITY} samples (the oldest are dropped beyond, which bounds the
 * delay when the sender's clock runs fast), and after running dry it gives nothing until {@value #PRIMED} samples are
 * in again, rather than a stream broken into single packets. Packets of 10, 20 or 30 ms alike.
 *
 * <p>Thread-safe: both sides hold its lock for a few hundred array operations.
 */
final class SampleBuffer {

    /** 200 ms at 8 kHz. */
    static final int CAPACITY = 1600;
    /** 40 ms: two packets of 20 ms, or more than one of 30 ms. */
    static final int PRIMED = 320;

    private final short[] ring = new short[CAPACITY];
    private int start;
    private int size;
    private boolean primed;

    /** Appends the G.711 payload {@code packet[offset, offset + length)} in {@code codec}, decoded. */
    synchronized void write(ByteBuffer packet, int offset, int length, Codec codec) {
        for (int i = 0; i < length; i++) {
            put(codec.decode(packet.get(offset + i)));
        }
    }

    /** Appends samples (for tests and callers that have them decoded). */
    synchronized void write(short[] samples, int offset, int length) {
        for (int i = 0; i < length; i++) {
            put(samples[offset + i]);
        }
    }

    private void put(short sample) {
        if (size == CAPACITY) {
            start = (start + 1) % CAPACITY; // drop the oldest: late audio is worse than a skipped sample
            size--;
        }
        ring[(start + size) % CAPACITY] = sample;
        size++;
    }

    /**
     * Adds up to {@code count} samples into {@code sum[0, count)} and removes them; adds nothing while the buffer is
     * filling again after running dry.
     */
    synchronized void addInto(int[] sum, int count) {
        if (!primed) {
            if (size < PRIMED) {
                return;
            }
            primed = true;
        }
        int n = Math.min(count, size);
        for (int i = 0; i < n; i++) {
            sum[i] += ring[(start + i) % CAPACITY];
        }
        start = (start + n) % CAPACITY;
        size -= n;
        if (size == 0 || n < count) {
            primed = false;
        }
    }

    /** Returns how many samples wait to be mixed. */
    synchronized int available() {
        return size;
    }
}
