package org.govcc.api.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusChangeTest {

    private static final Referral INSPECTORATE = new Referral("labour-inspectorate", "ΣΕΠΕ-2026/1234");

    @Test
    void aReferralNamesTheOtherBodyAndItsReference() {
        StatusChange change = StatusChange.referral(INSPECTORATE, "an employer's matter");

        assertThat(change.to()).isEqualTo(CaseStatus.REFERRED);
        assertThat(change.referral()).contains(INSPECTORATE);
    }

    @Test
    void aMoveToReferredWithoutAReferralIsRefused() {
        assertThatThrownBy(() -> StatusChange.to(CaseStatus.REFERRED, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must name the other body");
    }

    @Test
    void noOtherMoveNamesAReferral() {
        assertThatThrownBy(() -> new StatusChange(CaseStatus.RESOLVED, "x", Optional.of(INSPECTORATE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a move to RESOLVED");
    }

    @Test
    void refusesAReasonLongerThanTheHistoryKeeps() {
        assertThatThrownBy(() -> StatusChange.to(CaseStatus.CLOSED, "x".repeat(StatusChange.MAX_REASON + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000 characters");
    }

    @Test
    void refusesABlankOrOverlongReferral() {
        assertThatThrownBy(() -> new Referral(" ", "r")).hasMessageContaining("referral body");
        assertThatThrownBy(() -> new Referral("b", "r".repeat(Referral.MAX_REFERENCE + 1)))
                .hasMessageContaining("referral reference must be at most 64");
    }
}
