package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.govcc.api.call.PhoneNumber;
import org.govcc.sip.container.SipTransport;
import org.junit.jupiter.api.Test;

class TrunkSettingsTest {

    private static final TrunkSettings TRUNK = TrunkSettings.udp("trunk.example.gr", 5060);

    @Test
    void parsesHostAndPortIntoAUdpTrunkWithoutCredentialsThatDialsNumbersAsTheyAre() {
        TrunkSettings t = TrunkSettings.parse("10.0.0.7:5070");

        assertThat(t).isEqualTo(new TrunkSettings("10.0.0.7", 5070, SipTransport.UDP, Optional.empty(),
                TrunkSettings.NumberFormat.AS_DIALLED));
        assertThat(t.uri(new PhoneNumber("2101234567"))).isEqualTo("sip:2101234567@10.0.0.7:5070");
        assertThat(TrunkSettings.parse("[::1]:5060").hostPort()).isEqualTo("[::1]:5060");
    }

    @Test
    void aTcpTrunkSaysSoInEveryUri() {
        assertThat(TRUNK.withTransport(SipTransport.TCP).uri(new PhoneNumber("112")))
                .isEqualTo("sip:112@trunk.example.gr:5060;transport=tcp");
    }

    @Test
    void theNationalPrefixGoesBeforeNationalNumbersButNotBeforeShortCodesOrInternationalOnes() {
        TrunkSettings.NumberFormat format = TrunkSettings.NumberFormat.withNationalPrefix("0");

        assertThat(format.userPart(new PhoneNumber("2101234567"))).isEqualTo("02101234567");
        assertThat(format.userPart(new PhoneNumber("112"))).isEqualTo("112");
        assertThat(format.userPart(new PhoneNumber("15900"))).isEqualTo("15900");
        assertThat(format.userPart(new PhoneNumber("+302101234567"))).isEqualTo("+302101234567");
        assertThat(new TrunkSettings.NumberFormat("9", 3).userPart(new PhoneNumber("1555"))).isEqualTo("91555");
        assertThat(TRUNK.withNumberFormat(format).uri(new PhoneNumber("6912345678")))
                .isEqualTo("sip:06912345678@trunk.example.gr:5060");
        // The configuration's example: national numbers in E.164 (trunk.schema.json allows a leading +).
        assertThat(TrunkSettings.NumberFormat.withNationalPrefix("+30").userPart(new PhoneNumber("2101234567")))
                .isEqualTo("+302101234567");
    }

    @Test
    void badValuesAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> TrunkSettings.parse("trunk.example.gr")).hasMessageContaining("host:port");
        assertThatThrownBy(() -> TrunkSettings.parse("trunk.example.gr:sip")).hasMessageContaining("trunk port");
        assertThatThrownBy(() -> TrunkSettings.udp("trunk.example.gr", 70000)).hasMessageContaining("trunk port");
        assertThatThrownBy(() -> TrunkSettings.udp("bad host", 5060)).hasMessageContaining("trunk host");
        assertThatThrownBy(() -> TrunkSettings.udp("", 5060)).hasMessageContaining("trunk host");
        assertThatThrownBy(() -> TRUNK.withTransport(null)).hasMessageContaining("trunk transport");
        assertThatThrownBy(() -> TRUNK.withCredentials("line one", "secret"))
                .hasMessageContaining("trunk credentials username");
        assertThatThrownBy(() -> TRUNK.withCredentials("line", "")).hasMessageContaining("trunk credentials password");
        assertThatThrownBy(() -> TrunkSettings.NumberFormat.withNationalPrefix("0a"))
                .hasMessageContaining("nationalPrefix");
        assertThatThrownBy(() -> TrunkSettings.NumberFormat.withNationalPrefix("30+"))
                .hasMessageContaining("nationalPrefix");
        assertThatThrownBy(() -> new TrunkSettings.NumberFormat("", 1)).hasMessageContaining("shortCodeMaxDigits");
    }

    @Test
    void thePasswordIsNeverShownNorPartOfARefusal() {
        TrunkSettings t = TRUNK.withCredentials("govcc-line", "s3cr3t-Pa55");

        assertThat(t.toString()).contains("govcc-line").doesNotContain("s3cr3t-Pa55");
        assertThatThrownBy(() -> TRUNK.withCredentials("govcc-line", "bad\npassword"))
                .hasMessageNotContaining("bad\npassword");
    }

    @Test
    void theLineKeepsItsTrunkThroughItsOtherCopies() {
        SipLineSettings s = SipLineSettings.of(java.util.Map.of("1555", new org.govcc.api.call.LineId("main")))
                .withTrunk(TRUNK.withTransport(SipTransport.TCP)).withAdmissionLimit(9);

        assertThat(s.trunk()).contains(TRUNK.withTransport(SipTransport.TCP));
        assertThat(SipLineSettings.of(java.util.Map.of("1555", new org.govcc.api.call.LineId("main"))).trunk())
                .isEmpty();
    }
}
