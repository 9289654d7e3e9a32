package org.govcc.reference.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.call.CallId;
import org.govcc.api.event.CallCentreEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recorder keeps what the line told it while the database is away, and writes it in order once it is back. */
class CallRecorderTest {

    private final List<List<CallCentreEvent>> written = new ArrayList<>();
    private int refusalsLeft;
    private CallRecorder recorder;

    @BeforeEach
    void recorderOnAFlakyDatabase() {
        recorder = new CallRecorder();
        recorder.records = new CallRecordsService() {
            @Override
            public void write(List<CallCentreEvent> events) {
                if (refusalsLeft > 0) {
                    refusalsLeft--;
                    throw new PersistenceException("connection refused (the database is away)");
                }
                written.add(List.copyOf(events));
            }
        };
    }

    @Test
    void eventsAcceptedWhileTheDatabaseIsAwayAreWrittenInOrderWhenItIsBack() {
        refusalsLeft = 2;
        recorder.onEvent(ended("c-1"));
        recorder.onEvent(ended("c-2"));

        recorder.writePending();
        recorder.onEvent(ended("c-3")); // arrives while the database is still away
        recorder.writePending();
        assertThat(written).isEmpty();
        assertThat(recorder.pending()).isEqualTo(3);

        recorder.writePending();

        assertThat(written).hasSize(2);
        assertThat(written.get(0)).extracting(e -> ((CallCentreEvent.CallEnded) e).call().value())
                .containsExactly("c-1", "c-2");
        assertThat(written.get(1)).extracting(e -> ((CallCentreEvent.CallEnded) e).call().value())
                .containsExactly("c-3");
        assertThat(recorder.pending()).isZero();
    }

    @Test
    void beyondTheLimitNewEventsAreDroppedAndTheWaitingOnesKept() {
        refusalsLeft = 1;
        for (int i = 0; i < CallRecorder.MAX_PENDING + 5; i++) {
            recorder.onEvent(ended("c-" + i));
        }
        assertThat(recorder.pending()).isEqualTo(CallRecorder.MAX_PENDING);

        recorder.writePending(); // refused
        recorder.writePending();

        assertThat(written.stream().mapToInt(List::size).sum()).isEqualTo(CallRecorder.MAX_PENDING);
        assertThat(((CallCentreEvent.CallEnded) written.get(0).get(0)).call().value()).isEqualTo("c-0");
        assertThat(recorder.pending()).isZero();
    }

    private static CallCentreEvent ended(String call) {
        return new CallCentreEvent.CallEnded(Instant.parse("2026-11-30T08:00:00Z"), new CallId(call), "caller hung up");
    }
}
