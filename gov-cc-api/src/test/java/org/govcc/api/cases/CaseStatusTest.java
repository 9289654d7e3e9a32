package org.govcc.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void aNewRequestMayBeWorkedWaitOnTheCitizenBeReferredResolvedOrClosed() {
        assertThat(CaseStatus.NEW.next()).containsExactlyInAnyOrder(CaseStatus.IN_PROGRESS,
                CaseStatus.WAITING_FOR_CITIZEN, CaseStatus.REFERRED, CaseStatus.RESOLVED, CaseStatus.CLOSED);
        assertThat(CaseStatus.REOPENED.next()).isEqualTo(CaseStatus.NEW.next());
    }

    @Test
    void aRequestWaitingForTheCitizenOrReferredComesBackToWorkOrEnds() {
        for (CaseStatus waiting : EnumSet.of(CaseStatus.WAITING_FOR_CITIZEN, CaseStatus.REFERRED)) {
            assertThat(waiting.next()).as(waiting.name())
                    .containsExactlyInAnyOrder(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED);
        }
    }

    @Test
    void aResolvedRequestIsReopenedOrClosedAndNeverWorkedWithoutReopening() {
        assertThat(CaseStatus.RESOLVED.next()).containsExactlyInAnyOrder(CaseStatus.REOPENED, CaseStatus.CLOSED);
        assertThat(CaseStatus.RESOLVED.canMoveTo(CaseStatus.IN_PROGRESS)).isFalse();
    }

    @Test
    void aClosedCaseIsFinal() {
        for (CaseStatus target : CaseStatus.values()) {
            assertThat(CaseStatus.CLOSED.canMoveTo(target)).as(target.name()).isFalse();
        }
    }

    @Test
    void noStatusMovesToItselfOrBackToNewAndOnlyResolvedOnesAreReopened() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
            assertThat(status.canMoveTo(CaseStatus.NEW)).as(status.name()).isFalse();
            assertThat(status.canMoveTo(CaseStatus.REOPENED)).as(status.name())
                    .isEqualTo(status == CaseStatus.RESOLVED);
        }
    }

    @Test
    void everyStatusButClosedCanStillReachTheEnd() {
        for (CaseStatus status : CaseStatus.values()) {
            if (status != CaseStatus.CLOSED) {
                assertThat(status.canMoveTo(CaseStatus.CLOSED)).as(status.name()).isTrue();
            }
        }
    }

    @Test
    void onlyResolvedAndClosedAreDone() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.isDone()).as(status.name())
                    .isEqualTo(status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED);
        }
    }
}
