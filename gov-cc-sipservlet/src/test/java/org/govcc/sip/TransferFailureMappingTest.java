package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.govcc.api.control.TransferFailure;
import org.junit.jupiter.api.Test;

/** The one place where SIP status codes of the gateway leg become transfer failures. */
class TransferFailureMappingTest {

    @Test
    void busyUnavailableTimedOutChallengedAndOtherFinalFailuresEachHaveTheirReason() {
        assertThat(CallerTransfers.failureOf(486)).isEqualTo(TransferFailure.BUSY);
        assertThat(CallerTransfers.failureOf(600)).isEqualTo(TransferFailure.BUSY);
        assertThat(CallerTransfers.failureOf(503)).isEqualTo(TransferFailure.UNAVAILABLE);
        assertThat(CallerTransfers.failureOf(480)).isEqualTo(TransferFailure.UNAVAILABLE);
        assertThat(CallerTransfers.failureOf(408)).isEqualTo(TransferFailure.TRUNK_UNREACHABLE);
        assertThat(CallerTransfers.failureOf(487)).isEqualTo(TransferFailure.NO_ANSWER);
        assertThat(CallerTransfers.failureOf(407)).isEqualTo(TransferFailure.AUTHENTICATION_FAILED);
        assertThat(CallerTransfers.failureOf(401)).isEqualTo(TransferFailure.AUTHENTICATION_FAILED);
        assertThat(CallerTransfers.failureOf(404)).isEqualTo(TransferFailure.REJECTED);
        assertThat(CallerTransfers.failureOf(603)).isEqualTo(TransferFailure.REJECTED);
    }
}
