package org.govcc.sip.media;

import org.govcc.api.internal.Require;

/**
 * A piece of audio to play: 16-bit linear PCM, mono, 8 kHz.
 *
 * <p>Immutable by contract: the array is not copied for speed, and must not be changed after construction.
 *
 * @param name where it came from, for logs
 * @param samples the samples
 * @since 0.1
 */
public record AudioClip(String name, short[] samples) {

    /** Sample rate of every clip. */
    public static final int SAMPLE_RATE = 8000;

    /** Validates the values. */
    public AudioClip {
        Require.nonBlank(name, "name");
        Require.nonNull(samples, "samples");
    }

    /** Returns {@code millis} of silence. */
    public static AudioClip silence(int millis) {
        Require.inRange(millis, 0, 3_600_000, "silence millis");
        return new AudioClip("silence-" + millis + "ms", new short[millis * SAMPLE_RATE / 1000]);
    }

    /** Returns a sine tone of {@code hz} for {@code millis}. */
    public static AudioClip tone(String name, int hz, int millis) {
        short[] s = new short[millis * SAMPLE_RATE / 1000];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE));
        }
        return new AudioClip(name, s);
    }

    /** Returns the number of 20 ms packets the clip needs. */
    public int packets() {
        return (samples.length + Codec.SAMPLES_PER_PACKET - 1) / Codec.SAMPLES_PER_PACKET;
    }
}
