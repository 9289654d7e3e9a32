package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.govcc.api.control.TransferFailure;
import org.junit.jupiter.api.Test;

/** The one place where SIP status codes of the gateway leg become transfer failures. */
class TransferFailureMappingTest {

    @Test
    void busyUnavailableTimedOutChallengedAndOtherFinalFailuresEachHaveTheirReason() {
        assertThat(B2bua.transferFailureOf(486)).isEqualTo(TransferFailure.BUSY);
        assertThat(B2bua.transferFailureOf(600)).isEqualTo(TransferFailure.BUSY);
        assertThat(B2bua.transferFailureOf(503)).isEqualTo(TransferFailure.UNAVAILABLE);
        assertThat(B2bua.transferFailureOf(480)).isEqualTo(TransferFailure.UNAVAILABLE);
        assertThat(B2bua.transferFailureOf(408)).isEqualTo(TransferFailure.TRUNK_UNREACHABLE);
        assertThat(B2bua.transferFailureOf(487)).isEqualTo(TransferFailure.NO_ANSWER);
        assertThat(B2bua.transferFailureOf(407)).isEqualTo(TransferFailure.AUTHENTICATION_FAILED);
        assertThat(B2bua.transferFailureOf(401)).isEqualTo(TransferFailure.AUTHENTICATION_FAILED);
        assertThat(B2bua.transferFailureOf(404)).isEqualTo(TransferFailure.REJECTED);
        assertThat(B2bua.transferFailureOf(603)).isEqualTo(TransferFailure.REJECTED);
    }
}
