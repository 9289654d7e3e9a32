package org.govcc.sip.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DtmfTest {

    @Test
    void parsesDtmfRelayBodiesInDigitAndEventForm() {
        assertThat(Dtmf.parseDtmfRelay("Signal=5\r\nDuration=160\r\n")).isEqualTo('5');
        assertThat(Dtmf.parseDtmfRelay("Signal= #\nDuration=100")).isEqualTo('#');
        assertThat(Dtmf.parseDtmfRelay("Signal=11\r\n")).isEqualTo('#');
        assertThat(Dtmf.parseDtmfRelay("Duration=160")).isEqualTo((char) 0);
        assertThat(Dtmf.parseDtmfRelay("Signal=x")).isEqualTo((char) 0);
    }

    @Test
    void mapsRfc4733EventCodes() {
        assertThat(Dtmf.eventToDigit(0)).isEqualTo('0');
        assertThat(Dtmf.eventToDigit(10)).isEqualTo('*');
        assertThat(Dtmf.eventToDigit(11)).isEqualTo('#');
        assertThat(Dtmf.eventToDigit(16)).isEqualTo((char) 0);
        assertThat(Dtmf.digitToEvent('#')).isEqualTo(11);
    }

    @Test
    void dropsTheSameDigitArrivingByTheOtherPathWithinTheWindowOnly() {
        DtmfDeduplicator d = new DtmfDeduplicator(Duration.ofMillis(500));
        long t = 1_000_000_000L;
        assertThat(d.accept('2', DtmfDeduplicator.Path.SIP_INFO, t)).isTrue();
        assertThat(d.accept('2', DtmfDeduplicator.Path.RTP, t + 100_000_000L)).isFalse();
        assertThat(d.accept('2', DtmfDeduplicator.Path.RTP, t + 300_000_000L)).as("a second press").isTrue();
        assertThat(d.accept('3', DtmfDeduplicator.Path.SIP_INFO, t + 400_000_000L)).isTrue();
        assertThat(d.accept('3', DtmfDeduplicator.Path.RTP, t + 2_000_000_000L)).as("outside window").isTrue();
    }
}
