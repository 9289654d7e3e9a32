package org.govcc.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711Test {

    @Test
    void ulawRoundTripKeepsSamplesWithinTheCompandingError() {
        for (int s = -32000; s <= 32000; s += 97) {
            short back = G711.ulawToLinear(G711.ulaw((short) s));
            assertThat(Math.abs(back - s)).as("sample %d", s).isLessThanOrEqualTo(Math.max(16, Math.abs(s) / 16));
        }
    }

    @Test
    void alawRoundTripKeepsSamplesWithinTheCompandingError() {
        for (int s = -32000; s <= 32000; s += 97) {
            short back = G711.alawToLinear(G711.alaw((short) s));
            assertThat(Math.abs(back - s)).as("sample %d", s).isLessThanOrEqualTo(Math.max(16, Math.abs(s) / 16));
        }
    }

    @Test
    void silenceEncodesToTheStandardIdleBytes() {
        assertThat(G711.ulaw((short) 0)).isEqualTo((byte) 0xFF);
        assertThat(G711.alaw((short) 0)).isEqualTo((byte) 0xD5);
    }
}
