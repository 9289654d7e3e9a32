package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.govcc.api.call.LineId;
import org.junit.jupiter.api.Test;

class SipLineSettingsTest {

    private final SipLineSettings defaults = SipLineSettings.of(Map.of("1555", new LineId("main")));

    @Test
    void transfersWaitRfc3261sNonInviteTimeoutForTheRefersOutcomeAndRingTheFallback30s() {
        assertThat(defaults.transferGuard()).isEqualTo(Duration.ofSeconds(32));
        assertThat(defaults.transferRingTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void otherTransferTimeoutsSurviveTheOtherCopies() {
        SipLineSettings s = defaults.withTransferTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20))
                .withAdmissionLimit(7).withOutboundGateway("127.0.0.1:5070");

        assertThat(s.transferGuard()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.transferRingTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.admissionLimit()).isEqualTo(7);
        assertThat(s.trunk()).contains(TrunkSettings.udp("127.0.0.1", 5070));
    }

    @Test
    void aTransferTimeoutThatIsNotPositiveIsRefusedWithItsName() {
        assertThatThrownBy(() -> defaults.withTransferTimeouts(Duration.ZERO, Duration.ofSeconds(20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transferGuard");
        assertThatThrownBy(() -> defaults.withTransferTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transferRingTimeout");
        assertThatThrownBy(() -> defaults.withTransferTimeouts(null, Duration.ofSeconds(20)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transferGuard");
    }

    @Test
    void sealedLinesAreKnownAndSurviveTheOtherCopies() {
        SipLineSettings s = SipLineSettings.of(Map.of("1555", new LineId("main"), "15900", new LineId("complaints")))
                .withSealedLines(Set.of(new LineId("complaints"))).withAdmissionLimit(5);

        assertThat(s.isSealed(new LineId("complaints"))).isTrue();
        assertThat(s.isSealed(new LineId("main"))).isFalse();
        assertThat(defaults.sealedLines()).isEmpty();
    }

    @Test
    void aSealedLineThatNoNumberReachesIsRefusedWithItsName() {
        assertThatThrownBy(() -> defaults.withSealedLines(Set.of(new LineId("complaints"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sealedLines")
                .hasMessageContaining("complaints");
    }

    @Test
    void lineAdmissionLimitsSurviveTheOtherCopiesAndMustFitTheTotal() {
        SipLineSettings s = defaults.withLineAdmissionLimits(Map.of(new LineId("main"), 100))
                .withOutboundGateway("127.0.0.1:5070").withTransferTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));

        assertThat(s.lineAdmissionLimits()).containsExactly(Map.entry(new LineId("main"), 100));
        assertThatThrownBy(() -> s.withAdmissionLimit(99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("admission limit of line main");
        assertThatThrownBy(() -> defaults.withLineAdmissionLimits(Map.of(new LineId("complaints"), 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lineAdmissionLimits")
                .hasMessageContaining("complaints");
    }
}
