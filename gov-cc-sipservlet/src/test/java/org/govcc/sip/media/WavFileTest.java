package org.govcc.sip.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WavFileTest {

    @Test
    void readsBackThePcmItWrote() throws IOException {
        AudioClip tone = AudioClip.tone("t", 440, 100);
        AudioClip read = WavFile.read("t.wav", new ByteArrayInputStream(WavFile.write(tone)));
        assertThat(read.samples()).containsExactly(tone.samples());
        assertThat(read.packets()).isEqualTo(5);
    }

    @Test
    void rejectsAFileThatIsNotWaveWithItsName() {
        assertThatThrownBy(() -> WavFile.read("x.wav", new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.wav");
    }

    @Test
    void rejectsSampleRatesOtherThan8kHz() {
        byte[] wav = WavFile.write(AudioClip.tone("t", 440, 20));
        wav[24] = (byte) 0x80; // sample rate field (bytes 24-27, little-endian) set to 16000 = 0x3E80
        wav[25] = 0x3E;
        assertThatThrownBy(() -> WavFile.read("wide.wav", new ByteArrayInputStream(wav)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8000 Hz");
    }
}
