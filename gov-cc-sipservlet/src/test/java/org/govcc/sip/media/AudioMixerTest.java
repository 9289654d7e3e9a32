package org.govcc.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.govcc.sip.testing.Goertzel;
import org.junit.jupiter.api.Test;

class AudioMixerTest {

    private static final int N = Codec.SAMPLES_PER_PACKET;

    @Test
    void twoTonesInDifferentCodecsComeOutAsOneStreamCarryingBothFrequencies() {
        AudioMixer mixer = new AudioMixer();
        SampleBuffer caller = mixer.newInput();
        SampleBuffer agent = mixer.newInput();
        short[] mixed = new short[50 * N];
        int[] sum = new int[N];
        byte[] out = new byte[N];
        for (int p = 0; p < 50; p++) {
            caller.write(encoded(440, p, Codec.PCMU), 0, N, Codec.PCMU);
            agent.write(encoded(1000, p, Codec.PCMA), 0, N, Codec.PCMA);
            mixer.mix(sum, out, N, Codec.PCMU);
            for (int i = 0; i < N; i++) {
                mixed[p * N + i] = Codec.PCMU.decode(out[i]);
            }
        }
        // The first packet waits for the buffers to fill (two packets' worth); the second second's worth is steady.
        short[] steady = java.util.Arrays.copyOfRange(mixed, 10 * N, 50 * N);
        assertThat(Goertzel.share(steady, 440)).as("caller's tone").isGreaterThan(0.35);
        assertThat(Goertzel.share(steady, 1000)).as("agent's tone").isGreaterThan(0.35);
        assertThat(Goertzel.share(steady, 2000)).as("a tone nobody sent").isLessThan(0.01);
        assertThat(Goertzel.share(steady, 700)).as("a tone nobody sent").isLessThan(0.01);
    }

    @Test
    void oneToneAloneIsAllThereIsAndTheOtherFrequencyIsAbsent() {
        AudioMixer mixer = new AudioMixer();
        SampleBuffer caller = mixer.newInput();
        mixer.newInput(); // the agent says nothing: it adds silence
        short[] mixed = mixOf(mixer, caller, 440, 40);

        assertThat(Goertzel.share(mixed, 440)).isGreaterThan(0.9);
        assertThat(Goertzel.share(mixed, 1000)).isLessThan(0.01);
    }

    @Test
    void twoLoudPartiesSaturateAtFullScaleInsteadOfWrappingRound() {
        AudioMixer mixer = new AudioMixer();
        SampleBuffer a = mixer.newInput();
        SampleBuffer b = mixer.newInput();
        short[] loud = new short[2 * N];
        java.util.Arrays.fill(loud, (short) 30000);
        a.write(loud, 0, loud.length);
        b.write(loud, 0, loud.length);
        byte[] out = new byte[N];
        mixer.mix(new int[N], out, N, Codec.PCMU);

        for (byte sample : out) {
            assertThat(Codec.PCMU.decode(sample)).as("clipped, not wrapped to a negative sample")
                    .isGreaterThan((short) 30000);
        }
    }

    @Test
    void aBufferThatRanDryAddsNothingUntilTwoPacketsAreInAgainThenMixesThemInOrder() {
        SampleBuffer buffer = new SampleBuffer();
        int[] sum = new int[N];
        buffer.write(constant(100, N), 0, N);
        buffer.addInto(sum, N);
        assertThat(sum[0]).as("one packet is not enough to start").isZero();

        buffer.write(constant(200, N), 0, N);
        buffer.addInto(sum, N);
        assertThat(sum[0]).isEqualTo(100);
        assertThat(sum[N - 1]).isEqualTo(100);
        java.util.Arrays.fill(sum, 0);
        buffer.addInto(sum, N);
        assertThat(sum[0]).isEqualTo(200);
        assertThat(buffer.available()).isZero();

        java.util.Arrays.fill(sum, 0);
        buffer.write(constant(300, N), 0, N);
        buffer.addInto(sum, N);
        assertThat(sum[0]).as("dry again: waits to refill").isZero();
    }

    @Test
    void aBufferKeepsAtMost200MillisecondsAndDropsTheOldestBeyond() {
        SampleBuffer buffer = new SampleBuffer();
        buffer.write(constant(1, SampleBuffer.CAPACITY), 0, SampleBuffer.CAPACITY);
        buffer.write(constant(2, N), 0, N);

        assertThat(buffer.available()).isEqualTo(SampleBuffer.CAPACITY);
        int[] sum = new int[SampleBuffer.CAPACITY];
        buffer.addInto(sum, SampleBuffer.CAPACITY);
        assertThat(sum[SampleBuffer.CAPACITY - N - 1]).isEqualTo(1);
        assertThat(sum[SampleBuffer.CAPACITY - 1]).as("the newest kept").isEqualTo(2);
    }

    @Test
    void aRemovedInputIsNoLongerMixed() {
        AudioMixer mixer = new AudioMixer();
        SampleBuffer caller = mixer.newInput();
        SampleBuffer agent = mixer.newInput();
        mixer.remove(agent);
        agent.write(constant(8000, 4 * N), 0, 4 * N);
        short[] mixed = mixOf(mixer, caller, 440, 20);

        assertThat(Goertzel.share(mixed, 440)).isGreaterThan(0.9);
    }

    /** Writes {@code packets} of a tone into {@code input} and mixes as many packets, after two to fill it. */
    private static short[] mixOf(AudioMixer mixer, SampleBuffer input, int hz, int packets) {
        int[] sum = new int[N];
        byte[] out = new byte[N];
        short[] mixed = new short[packets * N];
        input.write(encoded(hz, 0, Codec.PCMU), 0, N, Codec.PCMU);
        for (int p = 1; p <= packets; p++) {
            input.write(encoded(hz, p, Codec.PCMU), 0, N, Codec.PCMU);
            mixer.mix(sum, out, N, Codec.PCMU);
            for (int i = 0; i < N; i++) {
                mixed[(p - 1) * N + i] = Codec.PCMU.decode(out[i]);
            }
        }
        return mixed;
    }

    private static ByteBuffer encoded(int hz, int packet, Codec codec) {
        ByteBuffer b = ByteBuffer.allocate(N);
        for (int i = 0; i < N; i++) {
            long t = (long) packet * N + i;
            b.put(codec.encode((short) (8000 * Math.sin(2 * Math.PI * hz * t / 8000))));
        }
        return b;
    }

    private static short[] constant(int value, int count) {
        short[] s = new short[count];
        java.util.Arrays.fill(s, (short) value);
        return s;
    }
}
