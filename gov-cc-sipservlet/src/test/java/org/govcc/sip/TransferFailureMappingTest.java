package org.govcc.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.govcc.api.control.RingFailure;
import org.govcc.api.control.TransferFailure;
import org.junit.jupiter.api.Test;

/** The places where SIP status codes of an outgoing leg become typed failures: a gateway's, an agent's phone's. */
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

    @Test
    void anAgentsPhoneBusyDecliningUnavailableOrTimingOutHasItsReasonAndTheRestIsRejected() {
        assertThat(OutgoingLegs.ringFailureOf(486)).isEqualTo(RingFailure.BUSY);
        assertThat(OutgoingLegs.ringFailureOf(600)).isEqualTo(RingFailure.BUSY);
        assertThat(OutgoingLegs.ringFailureOf(603)).isEqualTo(RingFailure.DECLINED);
        assertThat(OutgoingLegs.ringFailureOf(480)).isEqualTo(RingFailure.UNAVAILABLE);
        assertThat(OutgoingLegs.ringFailureOf(408)).isEqualTo(RingFailure.NO_ANSWER);
        assertThat(OutgoingLegs.ringFailureOf(404)).isEqualTo(RingFailure.REJECTED);
        assertThat(OutgoingLegs.ringFailureOf(500)).isEqualTo(RingFailure.REJECTED);
    }
}
