package org.govcc.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void anOpenCaseMayStartResolveBeReferredOrClose() {
        assertThat(CaseStatus.OPEN.next()).containsExactlyInAnyOrder(
                CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.REFERRED, CaseStatus.CLOSED);
    }

    @Test
    void resolvedAndReferredCasesMayBeReopenedOrClosed() {
        assertThat(CaseStatus.RESOLVED.next()).containsExactlyInAnyOrder(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED);
        assertThat(CaseStatus.REFERRED.next()).containsExactlyInAnyOrder(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED);
    }

    @Test
    void aClosedCaseIsFinal() {
        for (CaseStatus target : CaseStatus.values()) {
            assertThat(CaseStatus.CLOSED.canMoveTo(target)).as(target.name()).isFalse();
        }
    }

    @Test
    void noStatusMovesToItselfOrBackToOpen() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
            assertThat(status.canMoveTo(CaseStatus.OPEN)).as(status.name()).isFalse();
        }
    }
}
