package org.govcc.sip.media;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sums several audio streams into the one an endpoint sends (silent monitoring, whisper): every 20 ms the mixing
 * endpoint takes 160 samples from each {@link SampleBuffer} input, adds them, clips the sum to 16 bits (so that two
 * loud parties saturate instead of wrapping round into noise) and encodes it in its own codec. The work per packet is a
 * table read, an add and a clip per sample and input; nothing is allocated.
 *
 * <p>Thread-safe: inputs may be added and removed while the endpoint mixes.
 */
final class AudioMixer {

    private final CopyOnWriteArrayList<SampleBuffer> inputs = new CopyOnWriteArrayList<>();

    /** Returns a new input of this mixer. */
    SampleBuffer newInput() {
        SampleBuffer input = new SampleBuffer();
        inputs.add(input);
        return input;
    }

    /** Removes {@code input}; harmless if it is not one. */
    void remove(SampleBuffer input) {
        inputs.remove(input);
    }

    /**
     * Mixes the next {@code count} samples of every input into {@code out[0, count)} in {@code codec}; an input with
     * nothing waiting adds silence.
     *
     * @param sum scratch space of at least {@code count} ints (the caller's, so that the tick allocates nothing)
     */
    void mix(int[] sum, byte[] out, int count, Codec codec) {
        java.util.Arrays.fill(sum, 0, count, 0);
        for (SampleBuffer input : inputs) {
            input.addInto(sum, count);
        }
        for (int i = 0; i < count; i++) {
            int s = sum[i];
            out[i] = codec.encode((short) (s > Short.MAX_VALUE ? Short.MAX_VALUE : Math.max(s, Short.MIN_VALUE)));
        }
    }
}
