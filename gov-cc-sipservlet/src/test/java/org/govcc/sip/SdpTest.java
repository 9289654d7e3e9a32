package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.govcc.sip.media.Codec;
import org.junit.jupiter.api.Test;

class SdpTest {

    private static final String OFFER = "v=0\r\no=a 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.2\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 8 0 96\r\na=rtpmap:96 telephone-event/8000\r\na=sendonly\r\n";

    @Test
    void readsAddressPortCodecsTelephoneEventAndDirection() {
        Sdp sdp = Sdp.parse(OFFER);
        assertThat(sdp.address()).isEqualTo("10.0.0.2");
        assertThat(sdp.port()).isEqualTo(4000);
        assertThat(sdp.preferredCodec()).isEqualTo(Codec.PCMA);
        assertThat(sdp.telephoneEventPayloadType()).isEqualTo(96);
        assertThat(sdp.answerDirection()).as("hold: we only receive").isEqualTo("recvonly");
        assertThat(sdp.peerReceives()).isFalse();
    }

    @Test
    void writesAnOfferWithPcmuPcmaAndTelephoneEvent() {
        String text = Sdp.write("127.0.0.1", 20000, List.of(Codec.PCMU, Codec.PCMA), 101, "sendrecv");
        Sdp back = Sdp.parse(text);
        assertThat(back.payloadTypes()).containsExactly(0, 8, 101);
        assertThat(back.telephoneEventPayloadType()).isEqualTo(101);
        assertThat(text).contains("a=rtpmap:0 PCMU/8000", "a=rtpmap:8 PCMA/8000", "a=fmtp:101 0-15");
    }

    @Test
    void rejectsBodiesThatAreNotSessionDescriptions() {
        assertThatThrownBy(() -> Sdp.parse("this is not a session description"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sdp.parse("v=0\r\nc=IN IP4 1.2.3.4\r\n")).hasMessageContaining("no audio");
    }

    @Test
    void acceptsBareLineFeedsRunsOfBlanksAndPortCounts() {
        Sdp sdp = Sdp.parse("v=0\no=a 1 1 IN IP4 10.0.0.1\ns=-\nc=IN  IP4\t10.0.0.9/127\nt=0 0\n"
                + "m=audio  5004/2 RTP/AVP  0\t101\na=rtpmap:101  telephone-event/8000\n");
        assertThat(sdp.address()).isEqualTo("10.0.0.9");
        assertThat(sdp.port()).isEqualTo(5004);
        assertThat(sdp.payloadTypes()).containsExactly(0, 101);
        assertThat(sdp.telephoneEventPayloadType()).isEqualTo(101);
        assertThat(sdp.preferredCodec()).isEqualTo(Codec.PCMU);
    }

    @Test
    void namesTheFieldThatIsNotANumber() {
        assertThatThrownBy(() -> Sdp.parse("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio x RTP/AVP 0\r\n"))
                .hasMessageContaining("audio port");
    }
}
