package org.govcc.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.govcc.api.event.CallCentreEvent;
import org.junit.jupiter.api.Test;

class EndReasonTest {

    @Test
    void everyReasonHasItsOwnCodeThatReadsBackAsIt() {
        assertThat(Arrays.stream(EndReason.values()).map(EndReason::code).distinct())
                .hasSize(EndReason.values().length);
        for (EndReason r : EndReason.values()) {
            assertThat(r.code()).matches("[a-z]+(-[a-z]+)*").hasSizeLessThanOrEqualTo(32);
            assertThat(EndReason.ofCode(r.code())).isEqualTo(r);
        }
    }

    @Test
    void aCodeThisVersionDoesNotKnowAndAnEndInWordsOnlyAreOther() {
        assertThat(EndReason.ofCode("hung-up-by-the-moon")).isEqualTo(EndReason.OTHER);
        assertThat(new CallCentreEvent.CallEnded(Instant.EPOCH, new CallId("c-1"), "agent hung up").kind())
                .isEqualTo(EndReason.OTHER);
    }
}
