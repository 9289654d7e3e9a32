package org.govcc.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfidentialityPolicyTest {

    @Test
    void aConfidentialLineKeepsNoNumberRecordsNothingAndOffersNoCallback() {
        ConfidentialityPolicy policy = ConfidentialityPolicy.confidential("complaints-specialist", Duration.ofDays(730));
        assertThat(policy.anonymousAllowed()).isTrue();
        assertThat(policy.keepCallerNumber()).isFalse();
        assertThat(policy.recordingAllowed()).isFalse();
        assertThat(policy.callbackAllowed()).isFalse();
        assertThat(policy.auditReads()).isTrue();
        assertThat(policy.monitoringAllowed()).isFalse();
    }

    @Test
    void supervisorsMayListenToAStandardLineButToAConfidentialOneOnlyWhenItsPolicySaysSo() {
        assertThat(ConfidentialityPolicy.standard().monitoringAllowed()).isTrue();
        ConfidentialityPolicy confidential = ConfidentialityPolicy.confidential("complaint-officer",
                Duration.ofDays(730));
        assertThat(confidential.withMonitoringAllowed(true).monitoringAllowed()).isTrue();
        assertThat(confidential.withMonitoringAllowed(true).withMonitoringAllowed(false)).isEqualTo(confidential);
    }

    @Test
    void aPolicyMadeWithoutTheMonitoringFlagIsListenedToOnlyWhereItKeepsTheCallersNumber() {
        assertThat(new ConfidentialityPolicy(false, true, false, true, Set.of(), false, Duration.ofDays(1))
                .monitoringAllowed()).isTrue();
        assertThat(new ConfidentialityPolicy(true, false, false, false, Set.of("r"), true, Duration.ofDays(1))
                .monitoringAllowed()).isFalse();
    }

    @Test
    void onlyTheNamedRolesMayReadAConfidentialLine() {
        ConfidentialityPolicy policy = ConfidentialityPolicy.confidential("complaints-specialist", Duration.ofDays(730));
        assertThat(policy.mayRead(Set.of("agent", "complaints-specialist"))).isTrue();
        assertThat(policy.mayRead(Set.of("agent", "supervisor"))).isFalse();
        assertThat(ConfidentialityPolicy.standard().mayRead(Set.of("agent"))).isTrue();
    }

    @Test
    void retentionMustBePositive() {
        assertThatThrownBy(() -> ConfidentialityPolicy.confidential("r", Duration.ZERO))
                .hasMessageContaining("retention must be positive");
    }
}
