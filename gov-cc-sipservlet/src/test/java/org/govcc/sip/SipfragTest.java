package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SipfragTest {

    @Test
    void readsTheStatusOfAFinalSuccess() {
        assertThat(Sipfrag.status("SIP/2.0 200 OK\r\n")).isEqualTo(200);
    }

    @Test
    void readsProvisionalAndFailureStatusesWithOrWithoutReasonPhrase() {
        assertThat(Sipfrag.status("SIP/2.0 100 Trying")).isEqualTo(100);
        assertThat(Sipfrag.status("  SIP/2.0 486 Busy Here\r\nContent-Length: 0\r\n")).isEqualTo(486);
        assertThat(Sipfrag.status("sip/2.0 503")).isEqualTo(503);
    }

    @Test
    void givesMinusOneForAnythingThatIsNotAStatusLine() {
        assertThat(Sipfrag.status(null)).isEqualTo(-1);
        assertThat(Sipfrag.status("")).isEqualTo(-1);
        assertThat(Sipfrag.status("INVITE sip:112@gw SIP/2.0")).isEqualTo(-1);
        assertThat(Sipfrag.status("SIP/2.0 20 OK")).isEqualTo(-1);
        assertThat(Sipfrag.status("SIP/2.0 2000 OK")).isEqualTo(-1);
        assertThat(Sipfrag.status("SIP/2.0 099 Low")).isEqualTo(-1);
        assertThat(Sipfrag.status("SIP/2.0 abc OK")).isEqualTo(-1);
    }
}
